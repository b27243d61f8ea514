#include "analyzer/reverse/reverse.h"

namespace tidemark::analyzer {

Reversal ReverseGrant(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.grant_stmt();
  pg_query::Node down = ctx.stmt;
  auto* g = down.mutable_grant_stmt();
  g->set_is_grant(!stmt.is_grant());
  bool to_public = false;
  for (const auto& r : stmt.grantees()) {
    to_public = to_public || r.role_spec().roletype() == pg_query::ROLESPEC_PUBLIC;
  }
  bool default_public =
      stmt.objtype() == pg_query::OBJECT_FUNCTION || stmt.objtype() == pg_query::OBJECT_PROCEDURE ||
      stmt.objtype() == pg_query::OBJECT_ROUTINE || stmt.objtype() == pg_query::OBJECT_TYPE ||
      stmt.objtype() == pg_query::OBJECT_DOMAIN || stmt.objtype() == pg_query::OBJECT_LANGUAGE;
  if (to_public && default_public) {
    return Unknown(
        "PUBLIC holds EXECUTE/USAGE on functions and types by default, so whether this changes "
        "anything depends on earlier REVOKEs; write its Down by hand");
  }
  if (stmt.is_grant()) {
    g->set_grant_option(false);
    g->set_behavior(pg_query::DROP_RESTRICT);
    return Make(Reversibility::kConditional,
                "REVOKE undoes it, assuming the grantees did not hold these privileges before",
                {TreePart(down)});
  }
  if (stmt.grant_option()) {
    return Unknown("REVOKE GRANT OPTION FOR: re-granting needs the exact earlier privileges");
  }
  if (stmt.behavior() == pg_query::DROP_CASCADE) {
    return Irreversible("REVOKE ... CASCADE also revokes privileges granted onwards");
  }
  return Make(Reversibility::kConditional,
              "GRANT undoes it, assuming the grantees held exactly these privileges before",
              {TreePart(down)});
}

Reversal ReverseGrantRole(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.grant_role_stmt();
  pg_query::Node down = ctx.stmt;
  down.mutable_grant_role_stmt()->set_is_grant(!stmt.is_grant());
  if (stmt.is_grant()) down.mutable_grant_role_stmt()->set_behavior(pg_query::DROP_RESTRICT);
  return Make(Reversibility::kConditional,
              stmt.is_grant() ? "REVOKE undoes it, assuming the membership did not exist before"
                              : "GRANT undoes it, assuming the membership existed before",
              {TreePart(down)});
}

}  // namespace tidemark::analyzer
