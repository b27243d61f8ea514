// set-not-null-without-check: SET NOT NULL that scans the table under ACCESS EXCLUSIVE.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class SetNotNullWithoutCheck : public Rule {
 public:
  SetNotNullWithoutCheck()
      : Rule({
            .id = "set-not-null-without-check",
            .severity = Severity::kWarning,
            .family = Family::kLocking,
            .summary = "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock unless "
                       "a validated CHECK (col IS NOT NULL) proves it",
            .help = "ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in a later "
                    "migration, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the "
                    "check",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_alter_table_stmt()) return;
    const pg_query::RangeVar& table = s.node()->alter_table_stmt().relation();
    const std::string key = RelationKey(table);
    if (s.state->Created(key)) return;
    for (const pg_query::AlterTableCmd* cmd : AlterTableCommands(*s.node())) {
      if (cmd->subtype() != pg_query::AT_SetNotNull) continue;
      std::string column = key + "." + cmd->name();
      bool proven = s.state->not_null_proven.count(column) != 0 ||
                    // A constraint validated in this migration was added earlier: we
                    // cannot see its expression, so trust it.
                    s.state->validated_tables.count(key) != 0;
      if (s.pg_version().major >= 12 && proven) continue;
      out.Report(fmt::format(
          "SET NOT NULL on {}.{} scans every row while holding an ACCESS EXCLUSIVE lock{}",
          RelationDisplay(table), QuoteIdentifier(cmd->name()),
          s.pg_version().major < 12
              ? fmt::format(" (before PostgreSQL 12 even a validated CHECK does not avoid the "
                            "scan; target is {})",
                            s.pg_version().major)
              : "; no validated CHECK (col IS NOT NULL) precedes it"));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeSetNotNullWithoutCheckRule() {
  return std::make_unique<SetNotNullWithoutCheck>();
}

}  // namespace tidemark::analyzer::lint
