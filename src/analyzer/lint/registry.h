#pragma once

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

}  // namespace tidemark::analyzer::lint
