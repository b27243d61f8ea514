// validate-in-same-transaction: VALIDATE CONSTRAINT in the transaction that added it NOT VALID.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class ValidateInSameTransaction : public Rule {
 public:
  ValidateInSameTransaction()
      : Rule({
            .id = "validate-in-same-transaction",
            .severity = Severity::kWarning,
            .family = Family::kLocking,
            .summary = "VALIDATE CONSTRAINT in the same transaction as its ADD ... NOT VALID "
                       "keeps the strong lock during the scan",
            .help = "move the VALIDATE CONSTRAINT into a later migration, so that it runs with "
                    "only a SHARE UPDATE EXCLUSIVE lock",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_alter_table_stmt()) return;
    if (!s.transactional && !s.state->explicit_transaction) return;
    const pg_query::RangeVar& table = s.node()->alter_table_stmt().relation();
    for (const pg_query::AlterTableCmd* cmd : AlterTableCommands(*s.node())) {
      if (cmd->subtype() != pg_query::AT_ValidateConstraint) continue;
      if (s.state->not_valid_in_transaction.count(cmd->name()) == 0) continue;
      out.Report(fmt::format(
          "VALIDATE CONSTRAINT {} runs in the transaction that added it NOT VALID, which still "
          "holds its lock on {}: the validating scan blocks everyone, as if NOT VALID had not "
          "been used",
          QuoteIdentifier(cmd->name()), RelationDisplay(table)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeValidateInSameTransactionRule() {
  return std::make_unique<ValidateInSameTransaction>();
}

}  // namespace tidemark::analyzer::lint
