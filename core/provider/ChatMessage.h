// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace CodeGuru {

/// One turn of a conversation in the OpenAI chat format.
struct ChatMessage
{
    enum class Role { System, User, Assistant };

    Role role = Role::User;
    QString content;

    static ChatMessage system(const QString &text) { return {Role::System, text}; }
    static ChatMessage user(const QString &text) { return {Role::User, text}; }
    static ChatMessage assistant(const QString &text) { return {Role::Assistant, text}; }

    static QString roleName(Role role);

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

using ChatMessages = QList<ChatMessage>;

} // namespace CodeGuru
