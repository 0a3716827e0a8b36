// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace CodeGuru {

/// Asks the person to confirm something that cannot be undone. Tests answer in advance with
/// setNextAnswer(), so they drive the real window without a modal dialog.
class Confirmation
{
public:
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel);
    /// The answer the next ask() returns without showing anything.
    static void setNextAnswer(bool accept);

private:
    static std::optional<bool> s_nextAnswer;
};

} // namespace CodeGuru
