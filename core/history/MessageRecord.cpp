// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageRecord.h"

#include <array>
#include <utility>

namespace CodeGuru {

namespace {

// The names are stored in the database and in exported JSON: never change one.
constexpr std::array<std::pair<MessageRecord::Role, QLatin1StringView>, 3> kRoles {{
    {MessageRecord::Role::User, QLatin1StringView("user")},
    {MessageRecord::Role::Assistant, QLatin1StringView("assistant")},
    {MessageRecord::Role::System, QLatin1StringView("system")},
}};

constexpr std::array<std::pair<MessageRecord::State, QLatin1StringView>, 5> kStates {{
    {MessageRecord::State::Complete, QLatin1StringView("complete")},
    {MessageRecord::State::Streaming, QLatin1StringView("streaming")},
    {MessageRecord::State::Interrupted, QLatin1StringView("interrupted")},
    {MessageRecord::State::Failed, QLatin1StringView("failed")},
    {MessageRecord::State::Stopped, QLatin1StringView("stopped")},
}};

template<typename Table, typename Value>
QString nameOf(const Table &table, Value value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString(name);
    }
    return {};
}

template<typename Value, typename Table>
std::optional<Value> valueOf(const Table &table, const QString &name)
{
    for (const auto &[v, n] : table) {
        if (name == n)
            return v;
    }
    return std::nullopt;
}

} // namespace

QString MessageRecord::roleName(Role role)
{
    return nameOf(kRoles, role);
}

std::optional<MessageRecord::Role> MessageRecord::roleFromName(const QString &name)
{
    return valueOf<Role>(kRoles, name);
}

QString MessageRecord::stateName(State state)
{
    return nameOf(kStates, state);
}

std::optional<MessageRecord::State> MessageRecord::stateFromName(const QString &name)
{
    return valueOf<State>(kStates, name);
}

} // namespace CodeGuru
