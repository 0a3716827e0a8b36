// SPDX-License-Identifier: GPL-3.0-or-later
// What a password manager marks as concealed is never read, through the real clipboard.
#include "ClipboardSnapshot.h"
#include "MainWindowFixture.h"
#include "QtClipboardSource.h"
#include "window/ContextChip.h"

#include <QImage>
#include <QMimeData>

using namespace CodeGuru;
using namespace CodeGuru::Testing;

namespace {

QMimeData *concealedPassword()
{
    auto *mime = new QMimeData;
    mime->setText(QStringLiteral("hunter2-correct-horse"));
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), "secret");
    return mime;
}

std::optional<QString> readThroughSource(QtClipboardSource &source)
{
    std::optional<QString> text;
    QObject context;
    source.requestText(&context, [&text](const QString &t) { text = t; });
    EXPECT_TRUE(QTest::qWaitFor([&text] { return text.has_value(); }, 5000));
    return text;
}

TEST(ClipboardSnapshot, ConcealedItemsAreRecognisedOnEveryPlatformsMarker)
{
    std::unique_ptr<QMimeData> kde(concealedPassword());
    EXPECT_EQ(ClipboardSnapshot::fromMimeData(kde.get()).kind, ClipboardSnapshot::Kind::Concealed);
    EXPECT_TRUE(ClipboardSnapshot::fromMimeData(kde.get()).text.isEmpty());
    QMimeData mac;
    mac.setText(QStringLiteral("pw"));
    mac.setData(QStringLiteral("org.nspasteboard.ConcealedType"), QByteArray());
    EXPECT_TRUE(ClipboardSnapshot::isConcealed(&mac));
    QMimeData plain;
    plain.setText(QStringLiteral("KeyError: 'user'"));
    EXPECT_EQ(ClipboardSnapshot::fromMimeData(&plain).kind, ClipboardSnapshot::Kind::Text);
    QMimeData notSecret;
    notSecret.setText(QStringLiteral("x"));
    notSecret.setData(QStringLiteral("x-kde-passwordManagerHint"), "public");
    EXPECT_FALSE(ClipboardSnapshot::isConcealed(&notSecret));
    QMimeData image;
    QImage pixels(32, 16, QImage::Format_RGB32);
    pixels.fill(Qt::red);
    image.setImageData(pixels);
    const ClipboardSnapshot picture = ClipboardSnapshot::fromMimeData(&image);
    EXPECT_EQ(picture.kind, ClipboardSnapshot::Kind::Image);
    EXPECT_EQ(picture.image.size(), QSize(32, 16));
}

using ClipboardPrivacyTest = MainWindowFixture;

TEST_F(ClipboardPrivacyTest, AConcealedClipboardIsNeverReadOrSent)
{
    QGuiApplication::clipboard()->setMimeData(concealedPassword());
    if (!QGuiApplication::clipboard()->mimeData()->hasText())
        GTEST_SKIP() << "this platform plugin has no clipboard";
    QtClipboardSource source;
    EXPECT_EQ(readThroughSource(source), QString()) << "the source hands out nothing";

    classifierAnswer = QStringLiteral("<Yes>"); // even when routing asks for the clipboard
    openWindow();
    const auto chips = window->chips();
    ASSERT_EQ(chips.size(), 1);
    EXPECT_EQ(chips.first()->state(), ContextChip::State::Error);
    EXPECT_TRUE(chips.first()->toolTip().contains(QStringLiteral("concealed")));
    type(QStringLiteral("why does what I copied fail?"));
    sendAndWait();
    EXPECT_FALSE(QString::fromUtf8(lastMain().body).contains(QStringLiteral("hunter2")));
}

} // namespace
