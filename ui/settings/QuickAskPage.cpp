// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickAskPage.h"

#include "InlineStatus.h"
#include "config/Settings.h"
#include "desktop/AutostartEntry.h"
#include "hotkey/GlobalShortcut.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFormLayout>
#include <QGuiApplication>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QVBoxLayout>

namespace CodeGuru {

QuickAskPage::QuickAskPage(Settings *settings, GlobalShortcut *shortcut, const AutostartEntry *autostart,
                           QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_shortcut(shortcut)
    , m_enabled(new QCheckBox(tr("Open &Quick Ask with a global shortcut"), this))
    , m_sequence(new QKeySequenceEdit(this))
    , m_state(new QLabel(this))
    , m_primarySelection(new QCheckBox(tr("Use the &primary selection (the last highlighted text) instead of "
                                          "the clipboard"),
                                       this))
    , m_autostart(autostart)
    , m_startAtLogin(
          new QCheckBox(tr("Start CodeGuru when I &log in (in the background, so the shortcut works)"), this))
    , m_startAtLoginStatus(new InlineStatus(this))
{
    m_enabled->setObjectName(QStringLiteral("quickAskShortcutEnabled"));
    m_sequence->setObjectName(QStringLiteral("quickAskShortcutEdit"));
    m_sequence->setAccessibleName(tr("Quick Ask shortcut"));
    m_state->setObjectName(QStringLiteral("quickAskShortcutState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_primarySelection->setObjectName(QStringLiteral("primarySelectionCheck"));
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_startAtLoginStatus->setObjectName(QStringLiteral("startAtLoginStatus"));

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("&Shortcut:"), m_sequence);
    form->addRow(QString(), m_state);
    auto *hint = new QLabel(tr("Where the desktop offers no global shortcuts, bind the command "
                               "<code>codeguru --quick-ask</code> to a key in its keyboard settings."),
                            this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addWidget(m_primarySelection);
    layout->addSpacing(12);
    layout->addWidget(m_startAtLogin);
    layout->addWidget(m_startAtLoginStatus);
    layout->addStretch(1);

    m_enabled->setChecked(settings->quickAskShortcutEnabled());
    m_sequence->setKeySequence(QKeySequence(settings->quickAskShortcut(), QKeySequence::PortableText));
    m_sequence->setEnabled(m_enabled->isChecked());
    m_primarySelection->setChecked(settings->usePrimarySelection());
    if (!QGuiApplication::clipboard()->supportsSelection()) {
        m_primarySelection->setEnabled(false);
        m_primarySelection->setToolTip(tr("This desktop has no primary selection."));
    }
    // The file is the truth: the person may have removed it in their desktop's settings.
    m_startAtLogin->setVisible(m_autostart != nullptr);
    if (m_autostart) {
        m_startAtLogin->setChecked(m_autostart->isEnabled());
        if (AutostartEntry::isSupported()) {
            m_startAtLogin->setToolTip(tr("Adds %1 to the programs your desktop starts when you log in.")
                                           .arg(QDir::toNativeSeparators(m_autostart->filePath())));
        } else {
            m_startAtLogin->setEnabled(false);
            m_startAtLogin->setToolTip(tr("This system has no XDG autostart folder."));
        }
    }
    connect(m_enabled, &QCheckBox::toggled, m_sequence, &QWidget::setEnabled);
    if (m_shortcut)
        connect(m_shortcut, &GlobalShortcut::stateChanged, this, &QuickAskPage::showState);
    showState();
}

bool QuickAskPage::apply()
{
    m_settings->setQuickAskShortcutEnabled(m_enabled->isChecked());
    m_settings->setQuickAskShortcut(m_sequence->keySequence().toString(QKeySequence::PortableText));
    m_settings->setUsePrimarySelection(m_primarySelection->isChecked());
    if (!m_autostart || !m_startAtLogin->isEnabled())
        return true;
    m_startAtLoginStatus->clearMessage();
    const bool wanted = m_startAtLogin->isChecked();
    if (wanted == m_autostart->isEnabled())
        return true;
    QString error;
    if (!m_autostart->setEnabled(wanted, &error)) {
        m_startAtLoginStatus->setMessage(InlineStatus::Kind::Error, error);
        return false;
    }
    return true;
}

void QuickAskPage::showState()
{
    m_state->setText(m_shortcut ? m_shortcut->stateText() : QString());
}

} // namespace CodeGuru
