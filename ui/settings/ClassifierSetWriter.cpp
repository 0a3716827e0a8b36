// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassifierSetWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QSaveFile>

namespace CodeGuru {

namespace {
using Fields = QList<QPair<QLatin1StringView, QJsonValue>>;

// QJsonObject sorts its keys, which would put "systemPrompt" after "classifiers" and "id"
// after "question"; the fields are written in order by hand, values still escaped by Qt.
QByteArray encode(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray object(const Fields &fields, const QByteArray &indent)
{
    QByteArray out = "{\n";
    for (qsizetype i = 0; i < fields.size(); ++i) {
        out += indent + "    " + encode(QJsonValue(QString(fields.at(i).first))) + ": "
            + encode(fields.at(i).second) + (i + 1 < fields.size() ? ",\n" : "\n");
    }
    return out + indent + '}';
}

Fields fieldsOf(const ClassifierSpec &spec)
{
    const bool fileName = spec.answerKind == ClassifierSpec::AnswerKind::FileName;
    Fields fields {{QLatin1StringView("id"), spec.id},
                   {QLatin1StringView("question"), spec.question},
                   {QLatin1StringView("context"), spec.context}};
    if (fileName)
        fields.append({QLatin1StringView("answer"), QStringLiteral("file-name")});
    fields.append({QLatin1StringView("default"), spec.defaultDecision});
    fields.append({QLatin1StringView("enabled"), spec.enabled});
    if (!spec.model.isEmpty())
        fields.append({QLatin1StringView("model"), spec.model});
    if (spec.maxTokens != (fileName ? 40 : 5))
        fields.append({QLatin1StringView("maxTokens"), spec.maxTokens});
    if (spec.timeout)
        fields.append({QLatin1StringView("timeoutMs"), qint64(spec.timeout->count())});
    return fields;
}
} // namespace

QByteArray ClassifierSetWriter::toJson(const ClassifierSet &set)
{
    QByteArray out = "{\n    \"systemPrompt\": " + encode(set.systemPrompt) + ",\n    \"classifiers\": [";
    for (qsizetype i = 0; i < set.classifiers.size(); ++i)
        out += (i == 0 ? "\n        " : ",\n        ") + object(fieldsOf(set.classifiers.at(i)), "        ");
    return out + (set.classifiers.isEmpty() ? "]\n}\n" : "\n    ]\n}\n");
}

bool ClassifierSetWriter::writeFile(const ClassifierSet &set, const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(set)) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("CodeGuru::ClassifierSetWriter",
                                             "The classifiers could not be saved to “%1”: %2.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace CodeGuru
