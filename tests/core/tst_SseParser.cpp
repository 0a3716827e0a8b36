// SPDX-License-Identifier: GPL-3.0-or-later
#include "SseParser.h"

#include <gtest/gtest.h>

using CodeGuru::SseEvent;
using CodeGuru::SseParser;

namespace {

SseEvent event(const char *data, const char *type = "message", const char *id = "")
{
    return SseEvent {QByteArray(type), QByteArray(data), QByteArray(id)};
}

QList<SseEvent> parseWhole(const QByteArray &bytes)
{
    SseParser parser;
    QList<SseEvent> events;
    parser.feed(bytes, events);
    parser.finish(events);
    return events;
}

QList<SseEvent> parseInPieces(const QByteArray &bytes, qsizetype pieceSize)
{
    SseParser parser;
    QList<SseEvent> events;
    for (qsizetype at = 0; at < bytes.size(); at += pieceSize)
        parser.feed(QByteArrayView(bytes).sliced(at, std::min(pieceSize, bytes.size() - at)), events);
    parser.finish(events);
    return events;
}

struct Case
{
    const char *name;
    QByteArray input;
    QList<SseEvent> expected;
};

void PrintTo(const Case &c, std::ostream *os)
{
    *os << c.name;
}

class SseParserCases : public ::testing::TestWithParam<Case>
{
};

// Every case must give the same events whole, byte by byte and in odd-sized pieces:
// readyRead follows TCP segmentation, which can split anywhere.
TEST_P(SseParserCases, SameEventsForEverySplit)
{
    const Case &c = GetParam();
    EXPECT_EQ(parseWhole(c.input), c.expected);
    for (qsizetype piece : {1, 2, 3, 5, 7, 64})
        EXPECT_EQ(parseInPieces(c.input, piece), c.expected) << "piece size " << piece;
}

const Case kCases[] = {
    {"LineFeed", "data: a\n\ndata: b\n\n", {event("a"), event("b")}},
    {"CrLf", "data: a\r\n\r\ndata: b\r\n\r\n", {event("a"), event("b")}},
    {"CarriageReturnOnly", "data: a\r\rdata: b\r\r", {event("a"), event("b")}},
    {"MixedLineEnds", "data: a\r\n\ndata: b\r\r\n", {event("a"), event("b")}},
    {"NoSpaceAfterColon", "data:{\"x\":1}\n\n", {event("{\"x\":1}")}},
    {"OnlyFirstSpaceStripped", "data:  two\n\n", {event(" two")}},
    {"CommentsIgnored", ": ping\n\n: OPENROUTER PROCESSING\n\ndata: a\n\n", {event("a")}},
    {"CommentInsideEvent", "data: a\n: keep-alive\ndata: b\n\n", {event("a\nb")}},
    {"MultiLineData", "data: first\ndata: second\ndata:\n\n", {event("first\nsecond\n")}},
    {"EventType", "event: error\ndata: {\"error\":{}}\n\n", {event("{\"error\":{}}", "error")}},
    {"EventTypeResetsAfterDispatch",
     "event: error\ndata: a\n\ndata: b\n\n",
     {event("a", "error"), event("b")}},
    {"IdIsRemembered",
     "id: 7\ndata: a\n\ndata: b\n\n",
     {event("a", "message", "7"), event("b", "message", "7")}},
    {"DoneMarker", "data: [DONE]\n\n", {event("[DONE]")}},
    {"EmptyEventsSkipped", "\n\n\n\nevent: x\n\ndata: a\n\n", {event("a")}},
    {"FieldWithoutColon", "data\n\n", {event("")}},
    {"UnknownFieldsAndRetryIgnored", "retry: 1000\nfoo: bar\ndata: a\n\n", {event("a")}},
    {"Utf8BomAtStart",
     "\xEF\xBB\xBF"
     "data: a\n\n",
     {event("a")}},
    {"Utf8SplitAnywhere",
     "data: gr\xC3\xBC\xC3\x9F \xF0\x9F\x98\x8A\n\n",
     {event("gr\xC3\xBC\xC3\x9F \xF0\x9F\x98\x8A")}},
    {"LastEventWithoutBlankLine", "data: a\n\ndata: tail\n", {event("a"), event("tail")}},
    {"LastLineWithoutAnyLineEnd", "data: a\n\ndata: tail", {event("a"), event("tail")}},
    {"EndsOnCarriageReturn", "data: a\r", {event("a")}},
    {"Empty", "", {}},
    {"OnlyComments", ": a\n: b\n", {}},
};

INSTANTIATE_TEST_SUITE_P(Table, SseParserCases, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case> &caseInfo) {
                             return std::string(caseInfo.param.name);
                         });

TEST(SseParser, CountsComments)
{
    SseParser parser;
    QList<SseEvent> events;
    parser.feed(": ping\n: ping\r\ndata: a\n\n", events);
    EXPECT_EQ(parser.commentCount(), 2);
    EXPECT_EQ(events.size(), 1);
}

TEST(SseParser, CrLfSplitAcrossFeedsIsOneLineEnd)
{
    SseParser parser;
    QList<SseEvent> events;
    parser.feed("data: a\r", events);
    parser.feed("\n\r", events);
    EXPECT_EQ(events, QList<SseEvent> {event("a")});
    parser.feed("\n", events); // the LF after a CR is part of the same line end
    EXPECT_EQ(events.size(), 1);
}

TEST(SseParser, BomOnlyStrippedAtStreamStart)
{
    // Later in the stream a BOM is just part of a field name ("\uFEFFdata"), which is unknown
    // and ignored, as the standard says.
    const QList<SseEvent> events = parseWhole("data: a\n\n\xEF\xBB\xBF"
                                              "data: b\n\n");
    EXPECT_EQ(events, QList<SseEvent> {event("a")});
}

TEST(SseParser, EventsAreDeliveredAsSoonAsTheirBlankLineArrives)
{
    SseParser parser;
    QList<SseEvent> events;
    parser.feed("data: a\n", events);
    EXPECT_TRUE(events.isEmpty());
    parser.feed("\n", events);
    EXPECT_EQ(events.size(), 1);
}

TEST(SseParser, ResetForgetsPartialState)
{
    SseParser parser;
    QList<SseEvent> events;
    parser.feed("data: half", events);
    parser.reset();
    parser.feed("data: b\n\n", events);
    EXPECT_EQ(events, QList<SseEvent> {event("b")});
}

} // namespace
