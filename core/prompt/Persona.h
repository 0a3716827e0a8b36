// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CodeGuru {

/// The system prompts CodeGuru ships with.
class Persona
{
public:
    /// The coding-expert persona that answers in structured Markdown (resources/prompts).
    static QString codingExpert();
};

} // namespace CodeGuru
