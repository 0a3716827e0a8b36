// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretGuardPolicy.h"

#include "provider/ProviderEndpoint.h"

namespace CodeGuru {

std::optional<RedactionMode> parseRedactionMode(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const RedactionMode mode : {RedactionMode::Always, RedactionMode::Remote, RedactionMode::Never}) {
        if (trimmed.compare(redactionModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QString redactionModeName(RedactionMode mode)
{
    switch (mode) {
    case RedactionMode::Always:
        return QStringLiteral("always");
    case RedactionMode::Remote:
        return QStringLiteral("remote");
    case RedactionMode::Never:
        return QStringLiteral("never");
    }
    return QStringLiteral("remote");
}

bool shouldRedact(RedactionMode mode, const QUrl &providerBaseUrl)
{
    switch (mode) {
    case RedactionMode::Always:
        return true;
    case RedactionMode::Never:
        return false;
    case RedactionMode::Remote:
        break;
    }
    // The same notion of "nothing leaves the machine" that the endpoint reports to the person.
    ProviderEndpoint endpoint;
    endpoint.baseUrl = providerBaseUrl;
    return !endpoint.isLocal();
}

} // namespace CodeGuru
