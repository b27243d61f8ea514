// ban-drop-column: ALTER TABLE ... DROP COLUMN deletes the column's data.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class BanDropColumn : public Rule {
 public:
  BanDropColumn()
      : Rule({
            .id = "ban-drop-column",
            .severity = Severity::kError,
            .family = Family::kDestructive,
            .summary = "DROP COLUMN deletes the column's data; no Down brings it back",
            .help = "deploy code that no longer reads or writes the column, then drop it in a "
                    "later migration once a backup exists",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_alter_table_stmt()) return;
    const pg_query::RangeVar& table = s.node()->alter_table_stmt().relation();
    if (s.state->Created(RelationKey(table))) return;
    for (const pg_query::AlterTableCmd* cmd : AlterTableCommands(*s.node())) {
      if (cmd->subtype() != pg_query::AT_DropColumn) continue;
      out.Report(fmt::format(
          "dropping column {}.{} deletes its data; a Down can add the column back, empty",
          RelationDisplay(table), QuoteIdentifier(cmd->name())));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeBanDropColumnRule() { return std::make_unique<BanDropColumn>(); }

}  // namespace tidemark::analyzer::lint
