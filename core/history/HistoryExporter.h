// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConversationData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace CodeGuru {

/// Writes one conversation as Markdown (for people) or JSON (for import).
///
/// The JSON format, version 1 (times are UTC ISO 8601 with milliseconds; token counts are
/// null when unknown; local row ids are not exported):
/// ```
/// {"format": "codeguru-conversation", "version": 1,
///  "uuid": "…", "title": "…", "created": "2024-05-01T10:00:00.000Z", "updated": "…",
///  "messages": [{"role": "user|assistant|system", "content": "…", "reasoning": "…",
///                "model": "…", "provider": "…", "created": "…", "updated": "…",
///                "promptTokens": 12, "completionTokens": 40, "finishReason": "stop",
///                "state": "complete|streaming|interrupted|failed|stopped", "error": "…",
///                "context": {"items": [{"kind": "file", "name": "main.cpp", "chars": 1234}],
///                            "redactedSecrets": 0}}]}
/// ```
class HistoryExporter
{
    Q_DECLARE_TR_FUNCTIONS(CodeGuru::HistoryExporter)

public:
    static constexpr int FormatVersion = 1;
    static QString formatName() { return QStringLiteral("codeguru-conversation"); }

    /// A Markdown document: the title as heading, each message under a role heading, reasoning
    /// folded in <details>, the attached context listed, unfinished answers flagged.
    static QString toMarkdown(const ConversationData &data);
    static QByteArray toJson(const ConversationData &data);
    static QJsonObject toJsonObject(const ConversationData &data);
    static QString timeText(const QDateTime &time);
};

} // namespace CodeGuru
