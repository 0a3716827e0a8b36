// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickAskWindow.h"

#include "chat/ChatView.h"
#include "prompt/TokenBudget.h"
#include "voice/PushToTalkButton.h"
#include "voice/VoiceKeys.h"
#include "voice/VoiceStrip.h"

#include <QCursor>
#include <QFontDatabase>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace CodeGuru {

namespace {
constexpr int kPreviewLines = 6;
constexpr int kThumbnailHeight = 72;
} // namespace

QuickAskWindow::QuickAskWindow(QWidget *parent)
    : QWidget(parent, Qt::Tool | Qt::WindowStaysOnTopHint | Qt::FramelessWindowHint)
    , m_preview(new QLabel(this))
    , m_thumbnail(new QLabel(this))
    , m_question(new QLineEdit(this))
    , m_chatView(new ChatView(this))
    , m_openButton(new QPushButton(tr("Open in CodeGuru"), this))
{
    setObjectName(QStringLiteral("quickAskWindow"));
    setWindowTitle(tr("CodeGuru — Quick Ask"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    // Frameless, so it draws its own edge: without one it melts into the window behind it.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *panel = new QFrame(this);
    panel->setFrameShape(QFrame::Box);
    panel->setFrameShadow(QFrame::Plain);
    panel->setLineWidth(1);
    panel->setForegroundRole(QPalette::Mid);
    outer->addWidget(panel);
    auto *frame = m_frame = new QVBoxLayout(panel);
    frame->setContentsMargins(10, 10, 10, 10);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Quick Ask").toHtmlEscaped()), this);
    m_preview->setObjectName(QStringLiteral("clipboardPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_preview->setFont(mono);
    m_thumbnail->hide();
    m_question->setObjectName(QStringLiteral("quickQuestion"));
    m_question->setPlaceholderText(tr("Ask about what you copied… (Enter asks, Esc hides)"));
    m_question->setAccessibleName(tr("Question"));
    m_chatView->setMinimumHeight(220);
    m_openButton->setObjectName(QStringLiteral("openInMainWindow"));
    m_openButton->setToolTip(tr("Continue this exchange in the main window"));

    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_openButton);
    frame->addLayout(header);
    auto *clip = new QHBoxLayout;
    clip->addWidget(m_thumbnail);
    clip->addWidget(m_preview, 1);
    frame->addLayout(clip);
    m_questionRow = new QHBoxLayout;
    m_questionRow->addWidget(m_question, 1);
    frame->addLayout(m_questionRow);
    frame->addWidget(m_chatView, 1);
    resize(640, 480);

    connect(m_question, &QLineEdit::returnPressed, this, &QuickAskWindow::askTyped);
    connect(m_openButton, &QPushButton::clicked, this, &QuickAskWindow::openInMainWindowRequested);
}

void QuickAskWindow::popUp(const ClipboardSnapshot &clipboard)
{
    m_clipboard = clipboard;
    showPreview();
    if (!isVisible())
        placeNearPointer();
    show();
    raise();
    activateWindow();
    m_question->setFocus(Qt::OtherFocusReason);
}

QString QuickAskWindow::previewText() const
{
    return m_preview->text();
}

void QuickAskWindow::askTyped()
{
    const QString question = m_question->text().trimmed();
    if (question.isEmpty() || m_busy)
        return;
    m_question->clear();
    Q_EMIT askRequested(question);
}

void QuickAskWindow::setBusy(bool busy)
{
    m_busy = busy;
}

void QuickAskWindow::setVoice(SpokenQuestion *question, VoiceController *voice)
{
    if (m_talkButton)
        return;
    m_talkButton = new PushToTalkButton(question, this);
    m_questionRow->addWidget(m_talkButton);
    m_voiceStrip = new VoiceStrip(question, this);
    m_frame->insertWidget(m_frame->indexOf(m_chatView), m_voiceStrip);
    new VoiceKeys(this, question, voice); // a child: goes with the window
    setTabOrder(m_question, m_talkButton);
}

void QuickAskWindow::showPreview()
{
    m_thumbnail->hide();
    switch (m_clipboard.kind) {
    case ClipboardSnapshot::Kind::Empty:
        m_preview->setText(tr("The clipboard is empty. Copy an error or some code, then ask."));
        return;
    case ClipboardSnapshot::Kind::Concealed:
        m_preview->setText(tr("The clipboard holds a concealed item from a password manager; it is not "
                              "read, shown or sent."));
        return;
    case ClipboardSnapshot::Kind::Image:
        m_thumbnail->setPixmap(QPixmap::fromImage(m_clipboard.image.scaledToHeight(
            std::min(kThumbnailHeight, m_clipboard.image.height()), Qt::SmoothTransformation)));
        m_thumbnail->show();
        m_preview->setText(
            tr("An image, %1 × %2 pixels. The model cannot see images; only your question is sent.")
                .arg(m_clipboard.image.width())
                .arg(m_clipboard.image.height()));
        return;
    case ClipboardSnapshot::Kind::Text:
        break;
    }
    const QStringList lines = m_clipboard.text.split(QLatin1Char('\n'));
    QString shown = lines.mid(0, kPreviewLines).join(QLatin1Char('\n'));
    if (lines.size() > kPreviewLines)
        shown += QLatin1Char('\n') + tr("…");
    const QString size = tr("%n line(s), %1, about %2 tokens", nullptr, int(lines.size()))
                             .arg(QLocale().formattedDataSize(m_clipboard.text.toUtf8().size()))
                             .arg(TokenBudget::estimateTokens(m_clipboard.text));
    m_preview->setText(shown + QStringLiteral("\n\n") + size);
}

void QuickAskWindow::placeNearPointer()
{
    const QScreen *screen = QGuiApplication::screenAt(QCursor::pos());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    const QSize size = this->size().boundedTo(area.size());
    move(area.left() + (area.width() - size.width()) / 2, area.top() + area.height() / 5);
}

void QuickAskWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (m_busy)
            Q_EMIT stopRequested(); // the first Esc stops the answer, the next one hides
        else
            hide();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace CodeGuru
