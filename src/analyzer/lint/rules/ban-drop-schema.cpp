// ban-drop-schema: DROP SCHEMA deletes a schema (and with CASCADE all it holds).
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class BanDropSchema : public Rule {
 public:
  BanDropSchema()
      : Rule({
            .id = "ban-drop-schema",
            .severity = Severity::kError,
            .family = Family::kDestructive,
            .summary = "DROP SCHEMA deletes a schema, and with CASCADE every table in it",
            .help = "drop the schema's objects one by one in reviewed migrations, or rename the "
                    "schema and drop it later, after a backup",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_drop_stmt()) return;
    const pg_query::DropStmt& drop = s.node()->drop_stmt();
    if (drop.remove_type() != pg_query::OBJECT_SCHEMA) return;
    for (const pg_query::Node& object : drop.objects()) {
      std::vector<std::string> parts = ObjectNameParts(object);
      if (parts.empty()) continue;
      out.Report(fmt::format(
          "DROP SCHEMA {}{}", JoinParts(parts),
          drop.behavior() == pg_query::DROP_CASCADE
              ? " CASCADE deletes every table, view and function in it, data included"
              : " deletes the schema; it fails while objects remain, and a Down cannot restore "
                "what was in it"));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeBanDropSchemaRule() { return std::make_unique<BanDropSchema>(); }

}  // namespace tidemark::analyzer::lint
