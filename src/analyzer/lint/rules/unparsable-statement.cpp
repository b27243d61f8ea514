// unparsable-statement: a statement PostgreSQL 15's grammar cannot parse.
#include <fmt/format.h>

#include "analyzer/lint/ignore.h"
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {
namespace {

class UnparsableStatement : public Rule {
 public:
  UnparsableStatement()
      : Rule({
            .id = "unparsable-statement",
            .severity = Severity::kError,
            .family = Family::kHygiene,
            .summary = "a statement PostgreSQL 15's grammar cannot parse: a typo, or newer syntax "
                       "tidemark cannot analyze",
            .help = "fix the syntax; if it is valid on your newer server, set --pg-version and "
                    "ignore the rule on that statement",
            .sections = kBothSections,
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    const parser::Statement& st = s.statement();
    if (st.parsed) return;
    // An unterminated quote or comment is the parser's own finding.
    if (st.parse_error.rfind("unterminated", 0) == 0) return;
    std::string newer;
    if (s.pg_version().major > 15) {
      newer = fmt::format(
          " (it may be PostgreSQL {} syntax, which the server accepts but tidemark cannot "
          "analyze)",
          s.pg_version().major);
    }
    out.ReportAtOffset(*s.source, OffsetOf(*s.source, st.error_pos),
                       fmt::format("PostgreSQL 15's grammar cannot parse this statement: {}{}",
                                   st.parse_error, newer));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeUnparsableStatementRule() {
  return std::make_unique<UnparsableStatement>();
}

}  // namespace tidemark::analyzer::lint
