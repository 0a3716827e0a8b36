// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/YamlLanguage.h"

#include <srchilite/highlightrule.h>
#include <srchilite/highlightrulefactory.h>

namespace CodeGuru {

srchilite::HighlightStatePtr buildYamlHighlightState(srchilite::HighlightRuleFactory &factory)
{
    auto state = srchilite::HighlightStatePtr(new srchilite::HighlightState());
    const auto add = [&state](srchilite::HighlightRule *rule) {
        state->addRule(srchilite::HighlightRulePtr(rule));
    };
    // The library prefers the leftmost match, then the longest, so the order below only
    // matters for ties: a key wins over a keyword or number spelled the same way.
    add(factory.createCompoundRule(
        {"normal", "key", "symbol"},
        R"(^([[:space:]]*(?:-[[:space:]]+)?)([^#:[:space:]'"][^#:]*?|"[^"]*"|'[^']*')([[:space:]]*:)(?=[[:space:]]|$))"));
    // YAML comments need blank space before the '#': "a#b" is a plain scalar.
    add(factory.createSimpleRule("comment", R"((?<![^[:space:]])#.*$)"));
    add(factory.createSimpleRule("preproc", R"(^(?:---|\.\.\.)(?=[[:space:]]|$))"));
    add(factory.createLineRule("string", "\"", "\"", "\\\\", false));
    add(factory.createLineRule("string", "'", "'", "", false));
    add(factory.createWordListRule("keyword", {"true", "false", "null", "yes", "no", "on", "off"}, false));
    add(factory.createSimpleRule(
        "number",
        R"((?<![[:alnum:]_.-])[+-]?(?:0x[[:xdigit:]]+|[[:digit:]]+(?:\.[[:digit:]]+)?(?:[eE][+-]?[[:digit:]]+)?)(?![[:alnum:]_.-]))"));
    add(factory.createSimpleRule("variable", R"([&*][[:alnum:]_-]+)"));
    add(factory.createSimpleRule("type", R"(!![[:alnum:]_-]*|![[:alnum:]_-]+)"));
    add(factory.createSimpleRule("symbol",
                                 R"(^[[:space:]]*-(?=[[:space:]]|$)|[|>][-+]?[[:space:]]*$|[][{},])"));
    return state;
}

} // namespace CodeGuru
