// ban-drop-database: DROP DATABASE in a migration.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"
#include "analyzer/parse_tree.h"

namespace tidemark::analyzer::lint {
namespace {

class BanDropDatabase : public Rule {
 public:
  BanDropDatabase()
      : Rule({
            .id = "ban-drop-database",
            .severity = Severity::kError,
            .family = Family::kDestructive,
            .summary = "DROP DATABASE deletes a whole database",
            .help = "drop databases by hand, outside migrations, after a backup",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_dropdb_stmt()) return;
    out.Report(fmt::format(
        "DROP DATABASE {} deletes a whole database; it cannot run inside a transaction and no "
        "Down can undo it",
        QuoteIdentifier(s.node()->dropdb_stmt().dbname())));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeBanDropDatabaseRule() { return std::make_unique<BanDropDatabase>(); }

}  // namespace tidemark::analyzer::lint
