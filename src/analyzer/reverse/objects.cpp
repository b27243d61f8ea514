#include "analyzer/parse_tree.h"
#include "analyzer/reverse/reverse.h"

namespace tidemark::analyzer {
namespace {

Reversal DropIt(const std::string& sql, const std::string& what, bool if_not_exists, bool existed) {
  if (if_not_exists && existed) {
    return Make(Reversibility::kConditional,
                what +
                    " already exists from an earlier migration, so IF NOT EXISTS makes this a "
                    "no-op; nothing to undo");
  }
  std::vector<DownPart> down{TextPart(sql, pg_query::Node::kDropStmt)};
  if (if_not_exists) {
    return Make(Reversibility::kConditional,
                "DROP undoes it, assuming " + what + " did not exist before (IF NOT EXISTS)",
                std::move(down));
  }
  return Make(Reversibility::kReversible, "DROP removes " + what, std::move(down));
}

}  // namespace

Reversal ReverseCreateSequence(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.create_seq_stmt();
  QualName n = NameOf(stmt.sequence());
  return DropIt("DROP SEQUENCE " + n.Sql(), "sequence " + n.name, stmt.if_not_exists(),
                ctx.catalog.FindSequence(n) != nullptr);
}

Reversal ReverseCreateEnum(const ReverseContext& ctx) {
  QualName n = NameOfList(ctx.stmt.create_enum_stmt().type_name());
  return DropIt("DROP TYPE " + n.Sql(), "type " + n.name, false, false);
}

Reversal ReverseCreateCompositeType(const ReverseContext& ctx) {
  QualName n = NameOf(ctx.stmt.composite_type_stmt().typevar());
  return DropIt("DROP TYPE " + n.Sql(), "type " + n.name, false, false);
}

Reversal ReverseCreateDomain(const ReverseContext& ctx) {
  QualName n = NameOfList(ctx.stmt.create_domain_stmt().domainname());
  return DropIt("DROP DOMAIN " + n.Sql(), "domain " + n.name, false, false);
}

Reversal ReverseCreateRange(const ReverseContext& ctx) {
  QualName n = NameOfList(ctx.stmt.create_range_stmt().type_name());
  return DropIt("DROP TYPE " + n.Sql(), "type " + n.name, false, false);
}

Reversal ReverseAlterEnum(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.alter_enum_stmt();
  QualName n = NameOfList(stmt.type_name());
  if (!stmt.old_val().empty()) {
    return Make(Reversibility::kReversible, "renames the enum value back",
                {TextPart("ALTER TYPE " + n.Sql() + " RENAME VALUE " +
                              QuoteLiteral(stmt.new_val()) + " TO " + QuoteLiteral(stmt.old_val()),
                          pg_query::Node::kAlterEnumStmt)});
  }
  return Irreversible("PostgreSQL cannot remove a value from an enum (ALTER TYPE ... ADD VALUE)");
}

Reversal ReverseCreatePolicy(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.create_policy_stmt();
  QualName table = NameOf(stmt.table());
  return Make(Reversibility::kReversible, "DROP POLICY removes the new policy",
              {TextPart("DROP POLICY " + Quote(stmt.policy_name()) + " ON " + table.Sql(),
                        pg_query::Node::kDropStmt)});
}

Reversal ReverseCreateSchema(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.create_schema_stmt();
  if (stmt.schema_elts_size() > 0) {
    return Unknown("CREATE SCHEMA with elements: write DROP statements for each element by hand");
  }
  if (stmt.schemaname().empty()) return Unknown("CREATE SCHEMA AUTHORIZATION without a name");
  return DropIt("DROP SCHEMA " + Quote(stmt.schemaname()), "schema " + stmt.schemaname(),
                stmt.if_not_exists(), ctx.catalog.HasSchema(stmt.schemaname()));
}

Reversal ReverseCreateExtension(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.create_extension_stmt();
  return DropIt("DROP EXTENSION " + Quote(stmt.extname()), "extension " + stmt.extname(),
                stmt.if_not_exists(), ctx.catalog.HasExtension(stmt.extname()));
}

Reversal ReverseCreateRule(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.rule_stmt();
  if (stmt.replace()) return Unknown("CREATE OR REPLACE RULE: the earlier rule is not tracked");
  QualName table = NameOf(stmt.relation());
  return Make(Reversibility::kReversible, "DROP RULE removes the new rule",
              {TextPart("DROP RULE " + Quote(stmt.rulename()) + " ON " + table.Sql(),
                        pg_query::Node::kDropStmt)});
}

Reversal ReverseCreateStatistics(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.create_stats_stmt();
  if (stmt.defnames_size() == 0) {
    return Unknown("unnamed CREATE STATISTICS: name it so that the Down can drop it");
  }
  QualName n = NameOfList(stmt.defnames());
  return DropIt("DROP STATISTICS " + n.Sql(), "statistics " + n.name, stmt.if_not_exists(), false);
}

Reversal ReverseCreateRole(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.create_role_stmt();
  return Make(Reversibility::kReversible, "DROP ROLE removes the new role",
              {TextPart("DROP ROLE " + Quote(stmt.role()), pg_query::Node::kDropRoleStmt)});
}

}  // namespace tidemark::analyzer
