// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "AppearancePage.h"
#include "InlineStatus.h"
#include "PersonaPage.h"
#include "ProvidersPage.h"
#include "QuickAskPage.h"
#include "RoutingPage.h"
#include "VoicePage.h"
#include "config/Settings.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace CodeGuru {

SettingsDialog::SettingsDialog(Settings *settings, SecretStore *secrets, ChatClient *client,
                               GlobalShortcut *shortcut, const AutostartEntry *autostart, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_providers(new ProvidersPage(settings, secrets, client))
    , m_routing(new RoutingPage(settings))
    , m_persona(new PersonaPage(settings))
    , m_quickAsk(new QuickAskPage(settings, shortcut, autostart))
    , m_voice(new VoicePage(settings))
    , m_appearance(new AppearancePage(settings))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new InlineStatus(this))
{
    setWindowTitle(tr("CodeGuru Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_navigation->setObjectName(QStringLiteral("settingsNavigation"));
    m_navigation->setAccessibleName(tr("Settings pages"));
    m_status->setObjectName(QStringLiteral("settingsStatus"));

    // Same order as Page, so a row number is a Page.
    const QList<QPair<QWidget *, QString>> pages {
        {m_providers, tr("Providers")}, {m_routing, tr("Routing")}, {m_persona, tr("Persona")},
        {m_quickAsk, tr("Quick Ask")},  {m_voice, tr("Voice")},     {m_appearance, tr("Appearance")},
    };
    const int rowHeight = m_navigation->fontMetrics().height() + 12;
    int widest = 0;
    for (const auto &[page, title] : pages) {
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(title));
        auto *item = new QListWidgetItem(title, m_navigation);
        item->setSizeHint(QSize(0, rowHeight));
        m_stack->addWidget(wrap(page, title));
    }
    m_navigation->setFixedWidth(widest + 56);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setBackgroundRole(QPalette::Window);
    // Made after the pages: a page moved in from a parent of its own joins the Tab chain at
    // the end, and Tab should reach OK, Cancel and Apply after the page, not before it.
    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);

    auto *body = new QHBoxLayout;
    body->addWidget(m_navigation);
    body->addWidget(m_stack, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(footer);

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_providers, &ProvidersPage::modelsListed, m_routing, &RoutingPage::setKnownModels);
    connect(m_providers, &ProvidersPage::applyFinished, this, &SettingsDialog::onProvidersApplied);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { apply(true); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { apply(false); });

    showPage(Page::Providers);
    // Roomy where there is room, never larger than a small screen.
    resize(QSize(880, 620).boundedTo(screen()->availableGeometry().size()));
}

QWidget *SettingsDialog::wrap(QWidget *page, const QString &title)
{
    auto *container = new QWidget(this);
    auto *heading = new QLabel(title, container);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    heading->setFont(font);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(page, 1);
    page->setParent(container);
    return container;
}

void SettingsDialog::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void SettingsDialog::apply(bool closeAfterwards)
{
    if (m_applying)
        return;
    if (!m_providers->validate()) {
        showPage(Page::Providers);
        return;
    }
    if (!m_routing->validate()) {
        showPage(Page::Routing);
        return;
    }
    m_persona->apply();
    const bool quickAskSaved = m_quickAsk->apply();
    m_voice->apply();
    m_appearance->apply();
    const bool routingSaved = m_routing->apply();
    m_providers->apply();
    m_settings->sync();
    if (!routingSaved)
        showPage(Page::Routing);
    else if (!quickAskSaved)
        showPage(Page::QuickAsk);
    m_routingSaved = routingSaved;
    m_quickAskSaved = quickAskSaved;
    m_closeAfterApply = closeAfterwards && routingSaved && quickAskSaved;
    // Keys are still on their way to the keychain, which may ask the person to unlock it.
    m_applying = true;
    m_buttons->setEnabled(false);
    m_status->setMessage(InlineStatus::Kind::Busy, tr("Saving…"));
}

void SettingsDialog::onProvidersApplied(bool ok)
{
    m_applying = false;
    m_buttons->setEnabled(true);
    Q_EMIT settingsChanged();
    if (!ok) {
        showPage(Page::Providers);
        m_status->setMessage(InlineStatus::Kind::Error,
                             tr("The settings were saved, but a key could not be stored; the profile "
                                "shows why."));
        return;
    }
    if (!m_routingSaved) {
        showPage(Page::Routing);
        m_status->setMessage(InlineStatus::Kind::Error,
                             tr("The other settings were saved, but the classifiers were not; the Routing "
                                "page shows why."));
        return;
    }
    if (!m_quickAskSaved) {
        showPage(Page::QuickAsk);
        m_status->setMessage(InlineStatus::Kind::Error,
                             tr("The other settings were saved, but starting CodeGuru when you log in "
                                "could not be changed; the Quick Ask page shows why."));
        return;
    }
    if (m_closeAfterApply) {
        m_status->clearMessage();
        accept();
        return;
    }
    m_status->setMessage(InlineStatus::Kind::Success, tr("Settings saved."));
}

} // namespace CodeGuru
