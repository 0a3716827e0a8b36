// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <srchilite/highlightstate.h>

namespace srchilite {
class HighlightRuleFactory;
}

namespace CodeGuru {

/// GNU source-highlight 3.1.9 ships no yaml.lang. Rather than write a data file somewhere at
/// run time, the few rules YAML answers need are built here with the library's own factory.
srchilite::HighlightStatePtr buildYamlHighlightState(srchilite::HighlightRuleFactory &factory);

} // namespace CodeGuru
