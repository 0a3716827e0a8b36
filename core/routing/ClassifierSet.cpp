// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassifierSet.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace CodeGuru {

namespace {
constexpr int kMaxClassifiers = 64;
} // namespace

QString ClassifierSet::seedSystemPrompt()
{
    return QStringLiteral(
        "You are an AI classification assistant that can help determine the intent of a user's query.\n"
        "This query is given to a larger and more powerful AI assistant, which will then respond to the "
        "query.\n"
        "You only respond with answers to questions, and only respond with the answer '<Yes>' or '<No>'.\n"
        "You will never respond with an answer that is not exactly '<Yes>' or '<No>'.\n"
        "You do not provide any other information other than the answer to the question.");
}

std::optional<ClassifierSet> ClassifierSet::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = tr("The classifier file is not valid JSON (%1).").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!root.value(QLatin1StringView("classifiers")).isArray()) {
        *error = tr("The classifier file needs a \"classifiers\" array.");
        return std::nullopt;
    }
    ClassifierSet set;
    set.systemPrompt = root.value(QLatin1StringView("systemPrompt")).toString(seedSystemPrompt());
    QSet<QString> seen;
    const QJsonArray entries = root.value(QLatin1StringView("classifiers")).toArray();
    if (entries.size() > kMaxClassifiers) {
        *error = tr("The classifier file has %1 classifiers; at most %2 are supported.")
                     .arg(entries.size())
                     .arg(kMaxClassifiers);
        return std::nullopt;
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        ClassifierSpec spec;
        spec.id = entry.value(QLatin1StringView("id")).toString().trimmed();
        spec.question = entry.value(QLatin1StringView("question")).toString();
        spec.context = entry.value(QLatin1StringView("context")).toString().trimmed();
        if (spec.id.isEmpty() || spec.question.trimmed().isEmpty() || spec.context.isEmpty()) {
            *error = tr("Classifier %1 needs an \"id\", a \"question\" and a \"context\".").arg(i + 1);
            return std::nullopt;
        }
        if (seen.contains(spec.id)) {
            *error = tr("The classifier id “%1” is used twice.").arg(spec.id);
            return std::nullopt;
        }
        seen.insert(spec.id);
        spec.defaultDecision = entry.value(QLatin1StringView("default")).toBool(false);
        spec.enabled = entry.value(QLatin1StringView("enabled")).toBool(true);
        spec.model = entry.value(QLatin1StringView("model")).toString();
        const bool fileName =
            entry.value(QLatin1StringView("answer")).toString() == QLatin1StringView("file-name");
        spec.answerKind = fileName ? ClassifierSpec::AnswerKind::FileName : ClassifierSpec::AnswerKind::YesNo;
        spec.maxTokens =
            std::clamp(entry.value(QLatin1StringView("maxTokens")).toInt(fileName ? 40 : 5), 1, 256);
        if (const int timeoutMs = entry.value(QLatin1StringView("timeoutMs")).toInt(0); timeoutMs > 0)
            spec.timeout = std::chrono::milliseconds(timeoutMs);
        set.classifiers.append(spec);
    }
    return set;
}

std::optional<ClassifierSet> ClassifierSet::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The classifier file “%1” could not be read: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    auto set = fromJson(file.read(1024 * 1024), error);
    if (!set)
        *error = path + QStringLiteral(": ") + *error;
    return set;
}

ClassifierSet ClassifierSet::defaults()
{
    QFile file(QStringLiteral(":/codeguru/routing/classifiers.json"));
    QString error;
    if (file.open(QIODevice::ReadOnly)) {
        if (auto set = fromJson(file.readAll(), &error))
            return *set;
    }
    Q_ASSERT_X(false, "ClassifierSet::defaults", "the bundled classifier set must parse");
    return ClassifierSet {seedSystemPrompt(), {}};
}

} // namespace CodeGuru
