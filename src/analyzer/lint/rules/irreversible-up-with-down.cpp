// irreversible-up-with-down: the Up destroys data no Down can bring back, yet
// the file offers a Down.
#include <fmt/format.h>

#include <algorithm>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

// Why a statement cannot be undone, from its parse tree ("" when it can).
std::string WhyIrreversible(const pg_query::Node& node) {
  switch (node.node_case()) {
    case pg_query::Node::kTruncateStmt:
      return "TRUNCATE deletes rows";
    case pg_query::Node::kDeleteStmt:
      return "DELETE deletes rows";
    case pg_query::Node::kUpdateStmt:
      return "UPDATE overwrites the old values";
    case pg_query::Node::kDoStmt:
      return "a DO block does what its code does, which tidemark cannot reverse";
    case pg_query::Node::kAlterEnumStmt:
      return node.alter_enum_stmt().old_val().empty()
                 ? "PostgreSQL cannot drop an enum value once added"
                 : "";
    case pg_query::Node::kDropStmt:
      if (node.drop_stmt().behavior() == pg_query::DROP_CASCADE) {
        return "DROP ... CASCADE also drops dependents this file does not name";
      }
      return "";
    default:
      return "";
  }
}

// True when the statement only touches what this migration created.
bool OnNewObject(const StatementContext& s) {
  const pg_query::Node& node = *s.node();
  switch (node.node_case()) {
    case pg_query::Node::kTruncateStmt: {
      const auto& relations = node.truncate_stmt().relations();
      return !relations.empty() &&
             std::all_of(relations.begin(), relations.end(), [&](const pg_query::Node& n) {
               return n.has_range_var() && s.state->Created(RelationKey(n.range_var()));
             });
    }
    case pg_query::Node::kDeleteStmt:
      return s.state->Created(RelationKey(node.delete_stmt().relation()));
    case pg_query::Node::kUpdateStmt:
      return s.state->Created(RelationKey(node.update_stmt().relation()));
    case pg_query::Node::kAlterEnumStmt:
      return s.state->created_types.count(LastName(node.alter_enum_stmt().type_name())) != 0;
    default:
      return false;
  }
}

class IrreversibleUpWithDown : public Rule {
 public:
  IrreversibleUpWithDown()
      : Rule({
            .id = "irreversible-up-with-down",
            .severity = Severity::kWarning,
            .family = Family::kDown,
            .summary = "the Up holds a statement no Down can undo, yet the file offers a Down",
            .help = "say so: mark the Down `-- +migrate Down irreversible`, or keep the Down and "
                    "ignore this rule on the statement with a comment saying what it cannot "
                    "restore",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    const parser::DownSource source = s.file->file->down_source();
    if (source != parser::DownSource::kSection && source != parser::DownSource::kUndoFile) return;
    if (s.node() != nullptr && OnNewObject(s)) return;  // its Down drops the whole object
    // Inserted rows can be deleted by a hand-written Down: not data lost.
    if (s.node() != nullptr && s.node()->has_insert_stmt()) return;
    std::string why;
    const StatementAnalysis* analysis = s.analysis();
    if (analysis != nullptr && !analysis->kind.empty() &&
        analysis->reversibility != Reversibility::kUnknown) {
      if (analysis->reversibility != Reversibility::kIrreversible) return;
      why = analysis->reason;
    } else if (s.node() != nullptr) {
      why = WhyIrreversible(*s.node());
    }
    if (why.empty()) return;
    out.Report(fmt::format(
        "this statement cannot be undone ({}), yet the file has a Down: rolling back will not "
        "restore what it changed",
        why));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeIrreversibleUpWithDownRule() {
  return std::make_unique<IrreversibleUpWithDown>();
}

}  // namespace tidemark::analyzer::lint
