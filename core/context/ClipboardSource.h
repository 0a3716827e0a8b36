// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace CodeGuru {

/// Where clipboard text comes from. Core cannot touch QClipboard (that is Qt Gui), so the
/// window implements this with QClipboard and the terminal front end with a helper tool.
class ClipboardSource
{
public:
    virtual ~ClipboardSource() = default;
    /// Delivers the clipboard's text (empty when there is none) to `done`, on the caller's
    /// thread, unless `context` has been destroyed meanwhile.
    virtual void requestText(QObject *context, std::function<void(const QString &)> done) = 0;
};

/// A clipboard with fixed text: `codeguru-cli --clipboard-text`, and tests.
class FixedClipboardSource : public ClipboardSource
{
public:
    explicit FixedClipboardSource(QString text)
        : m_text(std::move(text))
    { }
    void requestText(QObject *context, std::function<void(const QString &)> done) override;

private:
    QString m_text;
};

} // namespace CodeGuru
