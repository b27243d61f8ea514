#include "analyzer/reverse/reverse.h"

namespace tidemark::analyzer {

Reversal ReverseRename(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.rename_stmt();
  using NC = pg_query::Node::NodeCase;
  auto done = [](const std::string& sql, NC kind, const std::string& what) {
    return Make(Reversibility::kReversible, "renames " + what + " back", {TextPart(sql, kind)});
  };
  switch (stmt.rename_type()) {
    case pg_query::OBJECT_TABLE:
    case pg_query::OBJECT_VIEW:
    case pg_query::OBJECT_MATVIEW:
    case pg_query::OBJECT_INDEX:
    case pg_query::OBJECT_SEQUENCE: {
      QualName from = NameOf(stmt.relation());
      QualName to = from;
      to.name = stmt.newname();
      std::string kind = ObjectTypeName(stmt.rename_type());
      return done("ALTER " + kind + " " + to.Sql() + " RENAME TO " + Quote(from.name),
                  NC::kRenameStmt, kind == "TABLE" ? "the table" : "it");
    }
    case pg_query::OBJECT_COLUMN: {
      QualName table = NameOf(stmt.relation());
      return done("ALTER TABLE " + table.Sql() + " RENAME COLUMN " + Quote(stmt.newname()) +
                      " TO " + Quote(stmt.subname()),
                  NC::kRenameStmt, "the column");
    }
    case pg_query::OBJECT_TABCONSTRAINT: {
      QualName table = NameOf(stmt.relation());
      return done("ALTER TABLE " + table.Sql() + " RENAME CONSTRAINT " + Quote(stmt.newname()) +
                      " TO " + Quote(stmt.subname()),
                  NC::kRenameStmt, "the constraint");
    }
    case pg_query::OBJECT_TYPE:
    case pg_query::OBJECT_DOMAIN: {
      QualName from = NameOfList(stmt.object().has_list() ? stmt.object().list().items()
                                                          : stmt.object().type_name().names());
      QualName to = from;
      to.name = stmt.newname();
      std::string kind = ObjectTypeName(stmt.rename_type());
      return done("ALTER " + kind + " " + to.Sql() + " RENAME TO " + Quote(from.name),
                  NC::kRenameStmt, "the type");
    }
    case pg_query::OBJECT_TRIGGER:
    case pg_query::OBJECT_POLICY: {
      QualName table = NameOf(stmt.relation());
      std::string kind = ObjectTypeName(stmt.rename_type());
      return done("ALTER " + kind + " " + Quote(stmt.newname()) + " ON " + table.Sql() +
                      " RENAME TO " + Quote(stmt.subname()),
                  NC::kRenameStmt, "it");
    }
    case pg_query::OBJECT_SCHEMA:
      return done("ALTER SCHEMA " + Quote(stmt.newname()) + " RENAME TO " + Quote(stmt.subname()),
                  NC::kRenameStmt, "the schema");
    case pg_query::OBJECT_FUNCTION:
    case pg_query::OBJECT_PROCEDURE: {
      const auto& owa = stmt.object().object_with_args();
      if (owa.args_unspecified()) {
        return Unknown("renaming back needs the function's argument types; name them in the Up");
      }
      QualName from = NameOfList(owa.objname());
      std::string args;
      // Argument types are re-rendered by deparsing a DROP FUNCTION of them.
      pg_query::Node drop = Template("DROP FUNCTION f(int)");
      auto* o = drop.mutable_drop_stmt()->mutable_objects(0)->mutable_object_with_args();
      *o = owa;
      QualName to = from;
      to.name = stmt.newname();
      SetNameList(to, o->mutable_objname());
      DownPart dp = TreePart(drop);
      if (!dp.generated) return Unknown(dp.comment);
      // "DROP FUNCTION name(args)" -> "ALTER FUNCTION name(args) RENAME TO old"
      std::string sig = dp.sql.substr(std::string("DROP FUNCTION ").size());
      std::string kind = ObjectTypeName(stmt.rename_type());
      return done("ALTER " + kind + " " + sig + " RENAME TO " + Quote(from.name), NC::kRenameStmt,
                  "the function");
    }
    default:
      return Unknown(std::string("tidemark does not model renaming a ") +
                     ObjectTypeName(stmt.rename_type()) + " yet; write its Down by hand");
  }
}

Reversal ReverseSetSchema(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.alter_object_schema_stmt();
  switch (stmt.object_type()) {
    case pg_query::OBJECT_TABLE:
    case pg_query::OBJECT_VIEW:
    case pg_query::OBJECT_MATVIEW:
    case pg_query::OBJECT_SEQUENCE: {
      QualName from = NameOf(stmt.relation());
      QualName to{stmt.newschema(), from.name, true};
      std::string kind = ObjectTypeName(stmt.object_type());
      return Make(Reversibility::kReversible, "moves it back to schema " + from.schema,
                  {TextPart("ALTER " + kind + " " + to.Sql() + " SET SCHEMA " + Quote(from.schema),
                            pg_query::Node::kAlterObjectSchemaStmt)});
    }
    case pg_query::OBJECT_TYPE:
    case pg_query::OBJECT_DOMAIN: {
      QualName from = NameOfList(stmt.object().has_list() ? stmt.object().list().items()
                                                          : stmt.object().type_name().names());
      QualName to{stmt.newschema(), from.name, true};
      std::string kind = ObjectTypeName(stmt.object_type());
      return Make(Reversibility::kReversible, "moves it back to schema " + from.schema,
                  {TextPart("ALTER " + kind + " " + to.Sql() + " SET SCHEMA " + Quote(from.schema),
                            pg_query::Node::kAlterObjectSchemaStmt)});
    }
    default:
      return Unknown(std::string("tidemark does not model SET SCHEMA of a ") +
                     ObjectTypeName(stmt.object_type()) + " yet");
  }
}

}  // namespace tidemark::analyzer
