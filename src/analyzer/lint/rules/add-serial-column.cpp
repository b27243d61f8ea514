// add-serial-column: ADD COLUMN of a serial type rewrites the table.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

bool IsSerial(const std::string& type) {
  return type == "serial" || type == "bigserial" || type == "smallserial" || type == "serial2" ||
         type == "serial4" || type == "serial8";
}

class AddSerialColumn : public Rule {
 public:
  AddSerialColumn()
      : Rule({
            .id = "add-serial-column",
            .severity = Severity::kWarning,
            .family = Family::kLocking,
            .summary = "ADD COLUMN ... serial fills every existing row from a sequence, rewriting "
                       "the table under ACCESS EXCLUSIVE",
            .help = "add a plain bigint column, attach a sequence default for new rows, and "
                    "backfill existing rows in batches",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_alter_table_stmt()) return;
    const pg_query::RangeVar& table = s.node()->alter_table_stmt().relation();
    if (s.state->Created(RelationKey(table))) return;
    for (const pg_query::AlterTableCmd* cmd : AlterTableCommands(*s.node())) {
      if (cmd->subtype() != pg_query::AT_AddColumn || !cmd->def().has_column_def()) continue;
      const pg_query::ColumnDef& column = cmd->def().column_def();
      std::string type = TypeBase(column.type_name());
      if (column.type_name().names_size() != 1 || !IsSerial(type)) continue;
      out.ReportAt(column.location(),
                   fmt::format("adding {} column {} numbers every existing row: {} and its "
                               "indexes are rewritten under an ACCESS EXCLUSIVE lock",
                               type, QuoteIdentifier(column.colname()), RelationDisplay(table)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeAddSerialColumnRule() { return std::make_unique<AddSerialColumn>(); }

}  // namespace tidemark::analyzer::lint
