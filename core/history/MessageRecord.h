// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace CodeGuru {

/// One stored message: a question, an answer or a system note, with how it ended.
struct MessageRecord
{
    enum class Role { User, Assistant, System };
    enum class State {
        Complete,
        Streaming, ///< being written by a live process
        Interrupted, ///< was Streaming when its writer died (crash, kill -9, power cut)
        Failed,
        Stopped, ///< the person stopped it; the text so far is kept
    };

    qint64 id = 0;
    qint64 conversationId = 0;
    int position = 0; ///< order inside the conversation, from 0
    Role role = Role::User;
    QString content;
    QString reasoning;
    QString model;
    QString provider;
    QDateTime created; ///< UTC, millisecond precision
    QDateTime updated;
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    QString finishReason; ///< as the provider said it ("stop", "length"), or empty
    State state = State::Complete;
    QString error; ///< the translated error the person saw, for Failed
    /// What went with the question, compact: {"items":[{"kind","name","chars"[,"text"]}],
    /// "redactedSecrets":N}. Full text only when the person chose to store it.
    QJsonObject context;

    static QString roleName(Role role);
    static std::optional<Role> roleFromName(const QString &name);
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);

    friend bool operator==(const MessageRecord &, const MessageRecord &) = default;
};

} // namespace CodeGuru
