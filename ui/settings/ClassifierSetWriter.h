// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/ClassifierSet.h"

#include <QByteArray>
#include <QString>

namespace CodeGuru {

/// Writes a ClassifierSet in the format ClassifierSet::fromJson reads, laid out like the
/// shipped resources/routing/classifiers.json so the person can keep editing it by hand.
class ClassifierSetWriter
{
public:
    /// Pretty JSON, keys in the documented order; optional fields only when they differ
    /// from what the reader assumes.
    static QByteArray toJson(const ClassifierSet &set);
    /// Writes toJson(set) to `path` atomically; on failure returns false and a translated
    /// reason in `error`.
    static bool writeFile(const ClassifierSet &set, const QString &path, QString *error);
};

} // namespace CodeGuru
