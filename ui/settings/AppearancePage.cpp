// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppearancePage.h"

#include "config/Settings.h"
#include "i18n/TranslationLoader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace CodeGuru {

namespace {
// One below the smallest size Settings accepts: the spin box shows "System default" there,
// so the person never has to type the 0 that Settings stores.
constexpr int kSystemSentinel = 5;
constexpr int kMaxPointSize = 72;
} // namespace

AppearancePage::AppearancePage(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_fontSize(new QSpinBox(this))
    , m_preview(new QLabel(this))
    , m_keepInTray(
          new QCheckBox(tr("&Keep CodeGuru running in the system tray when the window is closed"), this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_startedLanguage(settings->language())
{
    m_fontSize->setObjectName(QStringLiteral("fontSizeSpin"));
    m_fontSize->setRange(kSystemSentinel, kMaxPointSize);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setSpecialValueText(tr("System default (%1 pt)").arg(QApplication::font().pointSize()));
    m_fontSize->setAccelerated(true);
    m_preview->setObjectName(QStringLiteral("fontPreview"));
    m_preview->setText(tr("How do I read a file line by line in Python?\n"
                          "Use a with block: for line in open(path): print(line)"));
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(8);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("Chat &text size:"), m_fontSize);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_preview);
    layout->addSpacing(12);
    m_keepInTray->setObjectName(QStringLiteral("keepInTrayCheck"));
    m_keepInTray->setChecked(m_settings->keepRunningInTray());
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_keepInTray->setEnabled(false);
        m_keepInTray->setToolTip(tr("This desktop shows no system tray, so closing the window quits."));
    }
    layout->addWidget(m_keepInTray);
    layout->addStretch(1);

    fillLanguages();
    connect(m_language, &QComboBox::currentIndexChanged, this, &AppearancePage::updateLanguageNote);

    const int stored = m_settings->fontPointSize();
    m_fontSize->setValue(stored > 0 ? stored : kSystemSentinel);
    connect(m_fontSize, &QSpinBox::valueChanged, this, &AppearancePage::updatePreview);
    updatePreview();
}

int AppearancePage::chosenPointSize() const
{
    return m_fontSize->value() == kSystemSentinel ? 0 : m_fontSize->value();
}

void AppearancePage::apply()
{
    m_settings->setFontPointSize(chosenPointSize());
    m_settings->setKeepRunningInTray(m_keepInTray->isChecked());
    m_settings->setLanguage(m_language->currentData().toString());
}

void AppearancePage::fillLanguages()
{
    m_language->setObjectName(QStringLiteral("languageCombo"));
    const QLocale system = QLocale::system();
    m_language->addItem(tr("System default (%1)")
                            .arg(TranslationLoader::nativeName(TranslationLoader::effectiveLanguage(system))),
                        QString());
    m_language->addItem(TranslationLoader::nativeName(QStringLiteral("en")), QStringLiteral("en"));
    for (const QString &language : TranslationLoader::availableLanguages())
        m_language->addItem(TranslationLoader::nativeName(language), language);
    const int stored = m_language->findData(m_startedLanguage);
    m_language->setCurrentIndex(stored >= 0 ? stored : 0);

    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setText(tr("The new language is used the next time CodeGuru starts."));
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);
}

void AppearancePage::updateLanguageNote()
{
    m_languageNote->setVisible(m_language->currentData().toString() != m_startedLanguage);
}

void AppearancePage::updatePreview()
{
    QFont font = QApplication::font();
    if (chosenPointSize() > 0)
        font.setPointSize(chosenPointSize());
    m_preview->setFont(font);
}

} // namespace CodeGuru
