// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProfileDraft.h"

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace CodeGuru {

class InlineStatus;

/// The API key row of a provider profile. A stored key is never shown back, not even
/// masked: the field only ever holds what the person typed in this session, and a stored
/// key appears as "•••• stored in the system keyring" with Replace and Remove.
class ApiKeyField : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyField)

public:
    explicit ApiKeyField(QWidget *parent = nullptr);

    /// Shows the key state of `draft`, with its keyProblem as an inline error; `needsKey`
    /// tunes the wording for keyless local servers.
    void showDraft(const ProfileDraft &draft, bool needsKey);

Q_SIGNALS:
    void pendingKeyChanged(const QString &key);
    void removalChanged(bool remove);

private:
    void updateView();

    QLineEdit *m_edit;
    QPushButton *m_replace;
    QPushButton *m_remove;
    QPushButton *m_keep;
    QPushButton *m_undo;
    InlineStatus *m_status;
    ProfileDraft::KeyState m_state = ProfileDraft::KeyState::Absent;
    QString m_problem;
    bool m_needsKey = false;
    bool m_replacing = false;
    bool m_removing = false;
};

} // namespace CodeGuru
