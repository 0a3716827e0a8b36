// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace CodeGuru {

/// One line of feedback beside the control it is about: busy, success or an error sentence.
/// Settings shows problems here instead of in message boxes, so nothing blocks and the
/// person can read the sentence while fixing the field.
class InlineStatus : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InlineStatus)

public:
    enum class Kind { None, Info, Busy, Success, Error };

    explicit InlineStatus(QWidget *parent = nullptr);

    /// Shows `text` styled for `kind`; Kind::None hides the line.
    void setMessage(Kind kind, const QString &text);
    void clearMessage() { setMessage(Kind::None, QString()); }

    Kind kind() const { return m_kind; }
    QString text() const;

private:
    QLabel *m_icon;
    QProgressBar *m_busy;
    QLabel *m_text;
    Kind m_kind = Kind::None;
};

} // namespace CodeGuru
