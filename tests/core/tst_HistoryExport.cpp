// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTestSupport.h"
#include "history/HistoryExporter.h"
#include "history/HistoryImporter.h"
#include "history/HistoryStore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

class HistoryExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(store.open().isError());
        conversationId = store.createConversation(QStringLiteral("Iterators & \"quotes\"")).value;
        MessageRecord question =
            message(MessageRecord::Role::User, QStringLiteral("Why does this crash? ünï 🙂"));
        question.created = QDateTime::fromMSecsSinceEpoch(1700000000001, Qt::UTC);
        question.context =
            QJsonObject {{QStringLiteral("items"),
                          QJsonArray {QJsonObject {{QStringLiteral("kind"), QStringLiteral("file")},
                                                   {QStringLiteral("name"), QStringLiteral("main.cpp")},
                                                   {QStringLiteral("chars"), 1234}}}},
                         {QStringLiteral("redactedSecrets"), 1}};
        MessageRecord answer = message(MessageRecord::Role::Assistant,
                                       QStringLiteral("Use `reserve()`.\n\n```cpp\nv.reserve(8);\n```"));
        answer.reasoning = QStringLiteral("The vector reallocates.");
        answer.model = QStringLiteral("gpt-4o-mini");
        answer.provider = QStringLiteral("OpenAI");
        answer.created = QDateTime::fromMSecsSinceEpoch(1700000001002, Qt::UTC);
        answer.updated = QDateTime::fromMSecsSinceEpoch(1700000009003, Qt::UTC);
        answer.promptTokens = 120;
        answer.completionTokens = 48;
        answer.finishReason = QStringLiteral("stop");
        MessageRecord cut = message(MessageRecord::Role::User, QStringLiteral("and then?"));
        MessageRecord failed = message(MessageRecord::Role::Assistant, QStringLiteral("Partial"),
                                       MessageRecord::State::Interrupted);
        MessageRecord system =
            message(MessageRecord::Role::System, QStringLiteral("note"), MessageRecord::State::Failed);
        system.error = QStringLiteral("It broke.");
        for (const MessageRecord &m : {question, answer, cut, failed, system})
            ASSERT_TRUE(store.appendMessage(conversationId, m).ok());
    }

    static ConversationData withoutLocalIds(ConversationData data)
    {
        data.conversation.id = 0;
        for (MessageRecord &m : data.messages) {
            m.id = 0;
            m.conversationId = 0;
        }
        return data;
    }

    QTemporaryDir dir;
    HistoryStore store {dir.path()};
    qint64 conversationId = 0;
};

TEST_F(HistoryExportTest, MarkdownHasHeadingsContentReasoningAndContext)
{
    const QString md = HistoryExporter::toMarkdown(store.conversationData(conversationId).value);
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Iterators & \"quotes\"\n"))) << qPrintable(md);
    EXPECT_TRUE(md.contains(QStringLiteral("## You\n\nWhy does this crash? ünï 🙂")));
    EXPECT_TRUE(md.contains(QStringLiteral("## Assistant (gpt-4o-mini)")));
    EXPECT_TRUE(md.contains(QStringLiteral("```cpp\nv.reserve(8);\n```")));
    EXPECT_TRUE(
        md.contains(QStringLiteral("<details>\n<summary>Reasoning</summary>\n\nThe vector reallocates.")));
    EXPECT_TRUE(md.contains(QStringLiteral("`main.cpp` (1234 characters)")));
    EXPECT_TRUE(md.contains(QStringLiteral("1 secret(s) redacted"))
                || md.contains(QStringLiteral("1 secret redacted")));
    EXPECT_TRUE(md.contains(QStringLiteral("interrupted")));
    EXPECT_TRUE(md.contains(QStringLiteral("It broke.")));
    EXPECT_LT(md.indexOf(QStringLiteral("Why does")), md.indexOf(QStringLiteral("Use `reserve")));
}

TEST_F(HistoryExportTest, JsonRoundTripKeepsEveryField)
{
    const ConversationData original = store.conversationData(conversationId).value;
    const QByteArray json = HistoryExporter::toJson(original);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("codeguru-conversation"));
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(root.value(QStringLiteral("messages")).toArray().size(), 5);

    const HistoryResult<ConversationData> parsed = HistoryImporter::fromJson(json);
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error.message);

    QTemporaryDir otherDir;
    HistoryStore other(otherDir.path());
    ASSERT_FALSE(other.open().isError());
    const HistoryResult<qint64> imported = other.importConversation(parsed.value);
    ASSERT_TRUE(imported.ok()) << qPrintable(imported.error.detail);
    const ConversationData back = other.conversationData(imported.value).value;
    EXPECT_EQ(withoutLocalIds(back), withoutLocalIds(original));
    EXPECT_EQ(back.conversation.uuid, original.conversation.uuid);
    EXPECT_EQ(back.messages.at(1).promptTokens, 120);
    EXPECT_EQ(other.search(QStringLiteral("reserve")).value.size(), 1) << "imported messages are searchable";
}

TEST_F(HistoryExportTest, ImportingAnExistingConversationAddsACopy)
{
    const ConversationData original = store.conversationData(conversationId).value;
    const HistoryResult<ConversationData> parsed =
        HistoryImporter::fromJson(HistoryExporter::toJson(original));
    ASSERT_TRUE(parsed.ok());
    const HistoryResult<qint64> copy = store.importConversation(parsed.value);
    ASSERT_TRUE(copy.ok());
    EXPECT_NE(copy.value, conversationId);
    const ConversationData copied = store.conversationData(copy.value).value;
    EXPECT_NE(copied.conversation.uuid, original.conversation.uuid);
    EXPECT_EQ(copied.messages.size(), original.messages.size());
    EXPECT_EQ(store.listConversations().value.size(), 2);
}

TEST_F(HistoryExportTest, ImportRefusesAnythingElseWithAClearMessage)
{
    const QByteArray valid = HistoryExporter::toJson(store.conversationData(conversationId).value);
    QByteArray badRole = valid;
    badRole.replace("\"role\": \"assistant\"", "\"role\": \"wizard\"");
    QByteArray newer = valid;
    newer.replace("\"version\": 1", "\"version\": 7");
    for (const QByteArray &input :
         {QByteArray("garbage \x01\x02"), QByteArray(), QByteArray("[1, 2]"),
          QByteArray("{\"messages\": []}"),
          QByteArray("{\"format\": \"codeguru-conversation\", \"version\": 1}"), badRole, newer,
          QByteArray("{\"format\": \"codeguru-conversation\", \"version\": 1, \"messages\": [{\"role\": "
                     "\"user\"}]}")}) {
        const HistoryResult<ConversationData> parsed = HistoryImporter::fromJson(input);
        EXPECT_FALSE(parsed.ok()) << input.constData();
        EXPECT_EQ(parsed.error.kind, HistoryError::Kind::InvalidInput);
        EXPECT_FALSE(parsed.error.message.isEmpty());
    }
    EXPECT_TRUE(HistoryImporter::fromJson(newer).error.message.contains(QStringLiteral("7")));
    EXPECT_TRUE(HistoryImporter::fromJson(badRole).error.message.contains(QStringLiteral("Message 2")));
    EXPECT_EQ(store.listConversations().value.size(), 1) << "nothing imported";
}

} // namespace
