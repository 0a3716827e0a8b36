// SPDX-License-Identifier: GPL-3.0-or-later
// The history store at the size of a heavy user's months: N conversations, M messages (one
// conversation of K messages among them). Times listing, opening the big conversation and a
// search, each as the median of several runs beside a plain full scan of the same data.
// Goals on this machine: list <= 100 ms, open <= 150 ms, search <= 50 ms.
#include "history/HistoryStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace CodeGuru;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double timeMs(const std::function<void()> &work, int runs)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        samples.append(double(clock.nsecsElapsed()) / 1e6);
    }
    return median(samples);
}

/// Text that looks like answers: words from a vocabulary with a skewed frequency, plus
/// `rareWord` in about one message in a hundred.
class TextMaker
{
public:
    TextMaker()
    {
        for (int i = 0; i < 3000; ++i) {
            QString word;
            const int length = 3 + i % 7;
            for (int c = 0; c < length; ++c)
                word += QChar(u'a' + char16_t((i * 7 + c * 13 + c * i) % 26));
            m_words.append(word);
        }
    }

    QString message()
    {
        QString text;
        const int words = 20 + int(m_random.bounded(80));
        for (int w = 0; w < words; ++w) {
            const double r = m_random.generateDouble();
            text += m_words.at(int(r * r * r * m_words.size())) + QLatin1Char(' ');
        }
        if (m_random.bounded(100) == 0)
            text += QStringLiteral("quasarflux ");
        return text;
    }

private:
    QStringList m_words;
    QRandomGenerator m_random {7};
};

bool fill(HistoryStore &store, int conversations, int messages, int big, qint64 &bigId)
{
    TextMaker maker;
    const int perConversation = std::max(1, (messages - big) / std::max(1, conversations - 1));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-200);
    const HistoryError error = store.transaction([&]() -> HistoryError {
        for (int c = 0; c < conversations; ++c) {
            ConversationData data;
            data.conversation.title = QStringLiteral("Conversation %1").arg(c);
            data.conversation.created = start.addSecs(c * 600);
            const int count = c == conversations / 2 ? big : perConversation;
            for (int m = 0; m < count; ++m) {
                MessageRecord message;
                message.role = m % 2 ? MessageRecord::Role::Assistant : MessageRecord::Role::User;
                message.content = maker.message();
                message.model = QStringLiteral("bench-model");
                message.created = data.conversation.created.addSecs(m);
                data.messages.append(message);
            }
            data.conversation.updated =
                data.messages.isEmpty() ? data.conversation.created : data.messages.last().created;
            const HistoryResult<qint64> id = store.importConversation(data);
            if (!id.ok())
                return id.error;
            if (count == big)
                bigId = id.value;
        }
        return {};
    });
    if (error.isError())
        std::fprintf(stderr, "generating failed: %s\n", qPrintable(error.detail));
    return !error.isError();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("History store: list, open and search against full scans."));
    parser.addHelpOption();
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
                                                 QStringLiteral("Conversations."), QStringLiteral("N"),
                                                 QStringLiteral("10000"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages in all."),
                                            QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption bigOption(QStringLiteral("big"),
                                       QStringLiteral("Messages in the conversation opened."),
                                       QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per measurement (median)."), QStringLiteral("N"),
                                        QStringLiteral("7"));
    parser.addOptions({conversationsOption, messagesOption, bigOption, runsOption});
    parser.process(app);
    const int conversations = parser.value(conversationsOption).toInt();
    const int messages = parser.value(messagesOption).toInt();
    const int big = parser.value(bigOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    qint64 bigId = 0;
    {
        HistoryStore store(dir.path());
        if (store.open().isError())
            return 1;
        QElapsedTimer clock;
        clock.start();
        if (!fill(store, conversations, messages, big, bigId))
            return 1;
        std::printf("generated %d conversations, %d messages in %.1f s\n", conversations, messages,
                    double(clock.elapsed()) / 1000);
    }

    HistoryStore store(dir.path());
    QElapsedTimer openClock;
    openClock.start();
    if (store.open().isError())
        return 1;
    std::printf("opening the store (quick_check included): %.1f ms, file %.1f MB\n",
                double(openClock.nsecsElapsed()) / 1e6,
                double(QFileInfo(store.filePath()).size()) / (1024.0 * 1024.0));

    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-raw"));
    raw.setDatabaseName(store.filePath());
    if (!raw.open())
        return 1;
    auto scan = [&raw](const QString &sql, const QVariantList &values = {}) {
        QSqlQuery query(raw);
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.exec();
        int rows = 0;
        const int columns = query.record().count();
        while (query.next()) {
            for (int column = 0; column < columns; ++column)
                query.value(column); // read every value, as the store does
            ++rows;
        }
        return rows;
    };

    int listed = 0;
    int opened = 0;
    int found = 0;
    int scanned = 0;
    bool failed = false;
    auto report = [&failed](const char *what, double ms, double scanMs, double goal) {
        const bool ok = ms <= goal;
        failed = failed || !ok;
        std::printf("%-34s %9.2f ms   full scan %9.2f ms   ratio %6.3f   goal <= %3.0f ms %s\n", what, ms,
                    scanMs, ms / scanMs, goal, ok ? "ok" : "MISSED");
    };

    const double listMs = timeMs([&] { listed = int(store.listConversations().value.size()); }, runs);
    const double listScanMs = timeMs(
        [&] {
            scan(QStringLiteral("SELECT conversation_id, count(*), max(created) FROM messages NOT INDEXED"
                                " GROUP BY conversation_id ORDER BY max(created) DESC"));
        },
        runs);
    report("list conversations", listMs, listScanMs, 100);

    const double openMs = timeMs([&] { opened = int(store.loadConversation(bigId).value.size()); }, runs);
    const double openScanMs = timeMs(
        [&] {
            scan(QStringLiteral(
                     "SELECT * FROM messages NOT INDEXED WHERE conversation_id = ? ORDER BY position"),
                 {bigId});
        },
        runs);
    report("open the big conversation", openMs, openScanMs, 150);

    const double searchMs =
        timeMs([&] { found = int(store.search(QStringLiteral("quasarflux"), 50).value.size()); }, runs);
    const double searchScanMs = timeMs(
        [&] {
            scanned = scan(QStringLiteral("SELECT id, conversation_id, content FROM messages"
                                          " WHERE content LIKE '%quasarflux%'"));
        },
        runs);
    report("search a word (~1% of messages)", searchMs, searchScanMs, 50);

    int common = 0;
    const QString commonWord = TextMaker().message().section(QLatin1Char(' '), 0, 0);
    const double commonMs = timeMs([&] { common = int(store.search(commonWord, 50).value.size()); }, runs);
    std::printf("(for information) search a frequent word \"%s\": %.2f ms, %d shown\n",
                qPrintable(commonWord), commonMs, common);
    std::printf("listed %d, opened %d messages, search showed %d of %d matches\n", listed, opened, found,
                scanned);
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-raw"));
    return failed && qEnvironmentVariableIsSet("CODEGURU_BENCH_ENFORCE") ? 2 : 0;
}
