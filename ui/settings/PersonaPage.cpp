// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaPage.h"

#include "InlineStatus.h"
#include "config/Settings.h"
#include "prompt/Persona.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CodeGuru {

namespace {
bool isBuiltIn(const QString &prompt)
{
    return prompt.trimmed().isEmpty() || prompt.trimmed() == Persona::codingExpert().trimmed();
}
} // namespace

PersonaPage::PersonaPage(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_prompt(new QPlainTextEdit(this))
    , m_resetButton(new QPushButton(tr("Reset to built-in persona"), this))
    , m_status(new InlineStatus(this))
{
    m_prompt->setObjectName(QStringLiteral("systemPromptEdit"));
    m_prompt->setAccessibleName(tr("System prompt"));
    m_resetButton->setObjectName(QStringLiteral("resetPersonaButton"));
    m_status->setObjectName(QStringLiteral("personaStatus"));
    // The persona is Markdown; a fixed-pitch font keeps its lists and code fences readable.
    m_prompt->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_prompt->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_prompt->setTabChangesFocus(true);

    auto *intro = new QLabel(tr("The system prompt is sent before every conversation and sets how the "
                                "assistant answers."),
                             this);
    intro->setWordWrap(true);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_resetButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_prompt, 1);
    layout->addLayout(footer);

    const QString stored = m_settings->systemPrompt();
    m_prompt->setPlainText(stored.trimmed().isEmpty() ? Persona::codingExpert() : stored);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &PersonaPage::showOrigin);
    connect(m_resetButton, &QPushButton::clicked, this,
            [this] { m_prompt->setPlainText(Persona::codingExpert()); });
    showOrigin();
}

void PersonaPage::apply()
{
    const QString prompt = m_prompt->toPlainText();
    m_settings->setSystemPrompt(isBuiltIn(prompt) ? QString() : prompt);
}

void PersonaPage::showOrigin()
{
    const QString prompt = m_prompt->toPlainText();
    if (prompt.trimmed().isEmpty())
        m_status->setMessage(InlineStatus::Kind::Info,
                             tr("An empty prompt means the built-in coding-expert persona."));
    else if (isBuiltIn(prompt))
        m_status->setMessage(InlineStatus::Kind::Info, tr("The built-in coding-expert persona."));
    else
        m_status->setMessage(InlineStatus::Kind::Info, tr("Your own prompt."));
    m_resetButton->setEnabled(prompt.trimmed() != Persona::codingExpert().trimmed());
}

} // namespace CodeGuru
