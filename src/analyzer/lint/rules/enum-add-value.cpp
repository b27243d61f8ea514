// enum-add-value: ALTER TYPE ... ADD VALUE cannot be undone.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class EnumAddValue : public Rule {
 public:
  EnumAddValue()
      : Rule({
            .id = "enum-add-value",
            .severity = Severity::kWarning,
            .family = Family::kDestructive,
            .summary = "ALTER TYPE ... ADD VALUE cannot be undone: PostgreSQL has no DROP VALUE",
            .help = "accept it as one-way (mark the Down `-- +migrate Down irreversible`), or use "
                    "a lookup table or a CHECK constraint for value sets that change",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_alter_enum_stmt()) return;
    const pg_query::AlterEnumStmt& alter = s.node()->alter_enum_stmt();
    if (!alter.old_val().empty()) return;  // RENAME VALUE: reversible
    if (s.state->created_types.count(LastName(alter.type_name())) != 0) return;
    bool old_server = s.pg_version().major < 12 && s.transactional;
    // Declared one-way, as the help asks: nothing left to say, unless the
    // server cannot run it in a transaction at all.
    if (s.file->file->down_source() == parser::DownSource::kIrreversible && !old_server) return;
    std::string extra;
    if (old_server) {
      extra =
          fmt::format("; before PostgreSQL 12 it cannot run inside a transaction (target is {})",
                      s.pg_version().major);
    } else if (s.transactional) {
      extra = "; the new value cannot be used before this transaction commits";
    }
    out.Report(fmt::format(
        "ALTER TYPE {} ADD VALUE {} cannot be undone: PostgreSQL has no DROP VALUE, so a Down "
        "can only recreate the whole type{}",
        JoinNames(alter.type_name()), QuoteLiteral(alter.new_val()), extra));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeEnumAddValueRule() { return std::make_unique<EnumAddValue>(); }

}  // namespace tidemark::analyzer::lint
