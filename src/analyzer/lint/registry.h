#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/rule.h"

namespace tidemark::analyzer::lint {

// Every lint rule, in the registry's order (an explicit list, registry.cpp).
const std::vector<const Rule*>& AllRules();

// The rule with this id or former id (alias), or nullptr.
const Rule* FindRule(std::string_view id);

// The registered id closest to `id` (for "did you mean"), or "".
std::string SuggestRule(std::string_view id);

// The candidate closest to `word` by edit distance (a candidate holding
// `word` counts as close), or "" when none is close enough: the "did you
// mean" of rule ids, config keys and command names.
std::string Nearest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace tidemark::analyzer::lint
