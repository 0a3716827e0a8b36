// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ProviderProfile.h"

#include <QString>
#include <QStringList>

namespace CodeGuru {

/// A provider profile as edited in Settings, before Apply writes it. The key typed for it
/// lives here only until it is handed to the SecretStore.
struct ProfileDraft
{
    enum class KeyState {
        Checking, ///< the keychain has not answered yet
        Stored,
        Absent,
        Unavailable, ///< no keychain, access denied or another failure: see keyProblem
    };

    int id = 0; ///< stable while the name is still being typed
    ProviderProfile profile;
    bool saved = false; ///< exists in the settings file; its name can no longer change
    KeyState keyState = KeyState::Absent;
    QString keyProblem; ///< translated sentence: why the keychain could not be read or written
    QString pendingKey; ///< typed, not yet stored; never written anywhere but the keychain
    bool removeKey = false; ///< delete the stored key on Apply
    QStringList models; ///< the last list the server returned
};

} // namespace CodeGuru
