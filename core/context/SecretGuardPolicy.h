// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace CodeGuru {

/// When attached text is scanned for secrets before it is sent.
enum class RedactionMode {
    Always, ///< even to a model on this machine
    Remote, ///< to every provider that is not on a loopback address (the default)
    Never,
};

/// "always", "remote" or "never", ignoring case and surrounding spaces.
std::optional<RedactionMode> parseRedactionMode(QStringView name);
/// The name parseRedactionMode() accepts, for settings files and command lines.
QString redactionModeName(RedactionMode mode);
/// Whether text for the provider at `providerBaseUrl` must be redacted. Only loopback hosts
/// ("localhost", 127.0.0.0/8, ::1) count as local; a LAN address is another machine.
bool shouldRedact(RedactionMode mode, const QUrl &providerBaseUrl);

} // namespace CodeGuru
