// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context/ContextItem.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace CodeGuru {

/// One thing that will go with the question: a file, the clipboard, pasted text. Shows its
/// token estimate, can be forced on or off, and shows an error state with the reason.
class ContextChip : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextChip)

public:
    enum class State { Loading, Ready, Pending, Error };

    explicit ContextChip(const QString &label, QWidget *parent = nullptr);

    void setItem(const ContextItem &item);
    const ContextItem &item() const { return m_item; }
    void setState(State state, const QString &reason = QString());
    /// How far loading got ("45 %", "12 files"), shown while the state is Loading.
    void setProgressText(const QString &progress);
    State state() const { return m_state; }
    /// Whether the chip goes with the next question. Until the person toggles it, routing
    /// decides (isForced() false); a person's choice beats routing.
    bool isIncluded() const { return m_included; }
    bool isForced() const { return m_forced; }
    void setIncluded(bool included);
    /// Routing's opinion, shown while the chip is not forced.
    void setSuggested(bool included);
    QString label() const;

Q_SIGNALS:
    void includedChanged(bool included);
    void removeRequested();

private:
    void refresh();

    ContextItem m_item;
    QLabel *m_label;
    QToolButton *m_toggle;
    QToolButton *m_remove;
    State m_state = State::Loading;
    QString m_reason;
    QString m_progress;
    bool m_included = true;
    bool m_forced = false;
};

} // namespace CodeGuru
