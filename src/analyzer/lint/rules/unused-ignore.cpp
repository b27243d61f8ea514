// unused-ignore: a tidemark-ignore comment that silences nothing. The engine
// (engine.cpp) finds these after applying the ignores; this describes them.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeUnusedIgnoreRule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "unused-ignore",
      .severity = Severity::kWarning,
      .family = Family::kHygiene,
      .summary = "a `-- tidemark-ignore` comment that silences nothing, or names no rule",
      .help = "remove the comment (or the rule id it no longer needs); stale ignores hide the "
              "next real problem",
      .sections = kBothSections,
  });
}

}  // namespace tidemark::analyzer::lint
