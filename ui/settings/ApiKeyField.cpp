// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyField.h"

#include "InlineStatus.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CodeGuru {

ApiKeyField::ApiKeyField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_replace(new QPushButton(tr("Replace…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_keep(new QPushButton(tr("Keep stored key"), this))
    , m_undo(new QPushButton(tr("Undo"), this))
    , m_status(new InlineStatus(this))
{
    m_edit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_replace->setObjectName(QStringLiteral("replaceKeyButton"));
    m_remove->setObjectName(QStringLiteral("removeKeyButton"));
    m_keep->setObjectName(QStringLiteral("keepKeyButton"));
    m_undo->setObjectName(QStringLiteral("undoRemoveKeyButton"));
    m_status->setObjectName(QStringLiteral("apiKeyStatus"));

    m_edit->setEchoMode(QLineEdit::Password);
    // The form's "API key" label names this field, not the line edit inside it.
    m_edit->setAccessibleName(tr("API key"));
    m_remove->setAccessibleName(tr("Remove the stored key"));
    // Keeps the key out of input-method history and predictive dictionaries.
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                | Qt::ImhNoAutoUppercase);
    m_edit->setClearButtonEnabled(true);
    setFocusProxy(m_edit);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_replace);
    row->addWidget(m_remove);
    row->addWidget(m_keep);
    row->addWidget(m_undo);
    // Takes the room of the hidden field, so Replace and Remove keep their natural width.
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        Q_EMIT pendingKeyChanged(text.trimmed());
        updateView();
    });
    connect(m_replace, &QPushButton::clicked, this, [this] {
        m_replacing = true;
        updateView();
        m_edit->setFocus();
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        m_replacing = false;
        m_edit->clear();
        updateView();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_removing = true;
        Q_EMIT removalChanged(true);
        updateView();
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_removing = false;
        Q_EMIT removalChanged(false);
        updateView();
    });
    updateView();
}

void ApiKeyField::showDraft(const ProfileDraft &draft, bool needsKey)
{
    m_state = draft.keyState;
    m_problem = draft.keyProblem;
    m_needsKey = needsKey;
    m_removing = draft.removeKey;
    m_replacing = draft.keyState == ProfileDraft::KeyState::Stored && !draft.pendingKey.isEmpty();
    const QSignalBlocker blocker(m_edit);
    // Only a key typed in this session can come back here, and it stays masked.
    m_edit->setText(draft.pendingKey);
    updateView();
}

void ApiKeyField::updateView()
{
    using State = ProfileDraft::KeyState;
    const bool stored = m_state == State::Stored;
    const bool typing = m_state == State::Absent || (stored && m_replacing && !m_removing);
    m_edit->setVisible(typing || m_state == State::Unavailable);
    m_edit->setEnabled(m_state != State::Unavailable);
    m_edit->setPlaceholderText(stored           ? tr("Paste the new API key")
                                   : m_needsKey ? tr("Paste the API key")
                                                : tr("Optional: this provider usually needs no key"));
    m_replace->setVisible(stored && !m_replacing && !m_removing);
    m_remove->setVisible(stored && !m_removing);
    m_keep->setVisible(stored && m_replacing && !m_removing);
    m_undo->setVisible(stored && m_removing);

    const bool typed = !m_edit->text().trimmed().isEmpty();
    if (!m_problem.isEmpty()) {
        m_status->setMessage(InlineStatus::Kind::Error, m_problem);
    } else if (m_state == State::Checking) {
        m_status->setMessage(InlineStatus::Kind::Busy, tr("Checking the system keyring…"));
    } else if (stored && m_removing) {
        m_status->setMessage(InlineStatus::Kind::Info, tr("The stored key will be removed when you apply."));
    } else if (typed) {
        m_status->setMessage(InlineStatus::Kind::Info,
                             stored ? tr("The new key replaces the stored one when you apply.")
                                    : tr("The key will be stored in the system keyring when you apply."));
    } else if (stored) {
        m_status->setMessage(InlineStatus::Kind::Success, tr("•••• stored in the system keyring"));
    } else {
        m_status->setMessage(InlineStatus::Kind::Info,
                             tr("Keys are kept in the system keyring, never in the settings file."));
    }
}

} // namespace CodeGuru
