#include "exec/catalog_snapshot.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <pqxx/pqxx>
#include <regex>
#include <set>

#include "analyzer/analysis.h"
#include "analyzer/catalog.h"

namespace tidemark::exec {

namespace {

// Every query yields one text column, one line per fact. `$EXCL` becomes the
// array of schemas to leave out (PostgreSQL's own, and the tracking schema);
// `$NOTEXT(classid, objid)` leaves out objects that belong to an extension.
// Free text (definitions, comments) is escaped onto one line by E().
constexpr const char* kQueries[] = {
    // Schemas.
    R"(SELECT format('schema %I owner=%I', n.nspname, pg_get_userbyid(n.nspowner))
       FROM pg_namespace n WHERE $SCHEMA(n))",
    // Tables, partitioned tables, foreign tables.
    R"(SELECT format('table %I.%I kind=%s persistence=%s owner=%I rls=%s force_rls=%s options=%s partition_key=%s partition_of=%s bound=%s',
                     n.nspname, c.relname, c.relkind, c.relpersistence, pg_get_userbyid(c.relowner),
                     c.relrowsecurity::text, c.relforcerowsecurity::text, coalesce(array_to_string(c.reloptions, ','), '-'),
                     CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) ELSE '-' END,
                     coalesce((SELECT string_agg(format('%I.%I', pn.nspname, p.relname), ',' ORDER BY p.relname)
                               FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
                               JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE i.inhrelid = c.oid), '-'),
                     coalesce(E(pg_get_expr(c.relpartbound, c.oid)), '-'))
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p', 'f') AND $SCHEMA(n) AND $NOTEXT('pg_class', c.oid))",
    // Columns of tables, views and composite types; position among live columns.
    R"(SELECT format('column %I.%I.%I type=%s nullable=%s default=%s identity=%s generated=%s collation=%s',
                     n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), (NOT a.attnotnull)::text,
                     coalesce(E(pg_get_expr(d.adbin, d.adrelid)), '-'),
                     CASE a.attidentity WHEN '' THEN '-' ELSE a.attidentity::text END,
                     CASE a.attgenerated WHEN '' THEN '-' ELSE a.attgenerated::text END,
                     CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
                          THEN (SELECT format('%I', collname) FROM pg_collation WHERE oid = a.attcollation)
                          ELSE '-' END)
              || CASE WHEN $POSITIONS THEN ' position=' ||
                   row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum) ELSE '' END
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f', 'v', 'm', 'c')
         AND $SCHEMA(n) AND $NOTEXT('pg_class', c.oid))",
    // Table and domain constraints.
    R"(SELECT format('constraint %I.%I.%I type=%s def=%s validated=%s',
                     n.nspname, coalesce(c.relname, t.typname), k.conname, k.contype,
                     E(pg_get_constraintdef(k.oid)), k.convalidated::text)
       FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
       LEFT JOIN pg_class c ON c.oid = k.conrelid
       LEFT JOIN pg_type t ON t.oid = k.contypid
       WHERE $SCHEMA(n) AND (k.conrelid <> 0 OR k.contypid <> 0)
         AND $NOTEXT('pg_constraint', k.oid))",
    // Indexes.
    R"(SELECT format('index %I.%I def=%s valid=%s', n.nspname, c.relname,
                     E(pg_get_indexdef(c.oid)), i.indisvalid::text)
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE $SCHEMA(n) AND $NOTEXT('pg_class', c.oid))",
    // Sequences.
    R"(SELECT format('sequence %I.%I type=%s start=%s increment=%s min=%s max=%s cache=%s cycle=%s owned_by=%s',
                     n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
                     s.seqmin, s.seqmax, s.seqcache, s.seqcycle::text,
                     coalesce((SELECT format('%I.%I.%I', tn.nspname, t.relname, a.attname)
                               FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                               JOIN pg_namespace tn ON tn.oid = t.relnamespace
                               JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                               WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                 AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
                               LIMIT 1), '-'))
       FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE $SCHEMA(n) AND $NOTEXT('pg_class', c.oid))",
    // Views and materialized views.
    R"(SELECT format('%s %I.%I owner=%I options=%s def=%s',
                     CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized-view' END,
                     n.nspname, c.relname, pg_get_userbyid(c.relowner),
                     coalesce(array_to_string(c.reloptions, ','), '-'), E(pg_get_viewdef(c.oid)))
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('v', 'm') AND $SCHEMA(n) AND $NOTEXT('pg_class', c.oid))",
    // Functions and procedures (aggregates by signature only).
    R"(SELECT format('%s %I.%I(%s) owner=%I def=%s',
                     CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
                     n.nspname, p.proname, pg_get_function_identity_arguments(p.oid),
                     pg_get_userbyid(p.proowner),
                     CASE WHEN p.prokind = 'a' THEN '-' ELSE E(pg_get_functiondef(p.oid)) END)
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE $SCHEMA(n) AND $NOTEXT('pg_proc', p.oid))",
    // Types: enums, composites, domains, ranges (array and table row types follow their owners).
    R"(SELECT format('type %I.%I kind=%s %s', n.nspname, t.typname, t.typtype,
                     CASE t.typtype
                       WHEN 'e' THEN 'labels=' || coalesce((SELECT string_agg(quote_literal(e.enumlabel), ',' ORDER BY e.enumsortorder)
                                                    FROM pg_enum e WHERE e.enumtypid = t.oid), '')
                       WHEN 'd' THEN format('base=%s notnull=%s default=%s', format_type(t.typbasetype, t.typtypmod),
                                            t.typnotnull::text, coalesce(E(t.typdefault), '-'))
                       WHEN 'r' THEN format('subtype=%s', (SELECT format_type(r.rngsubtype, NULL) FROM pg_range r WHERE r.rngtypid = t.oid))
                       ELSE '' END)
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
       LEFT JOIN pg_class c ON c.oid = t.typrelid
       WHERE $SCHEMA(n) AND t.typtype IN ('e', 'c', 'd', 'r') AND (t.typrelid = 0 OR c.relkind = 'c')
         AND $NOTEXT('pg_type', t.oid))",
    // Triggers.
    R"(SELECT format('trigger %I.%I.%I enabled=%s def=%s', n.nspname, c.relname, g.tgname,
                     g.tgenabled, E(pg_get_triggerdef(g.oid)))
       FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE NOT g.tgisinternal AND $SCHEMA(n))",
    // Row-level security policies.
    R"(SELECT format('policy %I.%I.%I permissive=%s cmd=%s roles=%s using=%s check=%s',
                     n.nspname, c.relname, p.polname, p.polpermissive::text, p.polcmd,
                     (SELECT string_agg(CASE r WHEN 0 THEN 'public' ELSE pg_get_userbyid(r)::text END, ',' ORDER BY 1)
                      FROM unnest(p.polroles) r),
                     coalesce(E(pg_get_expr(p.polqual, p.polrelid)), '-'),
                     coalesce(E(pg_get_expr(p.polwithcheck, p.polrelid)), '-'))
       FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE $SCHEMA(n))",
    // Rewrite rules other than views' own.
    R"(SELECT format('rule %I.%I.%I def=%s', schemaname, tablename, rulename, E(definition))
       FROM pg_rules WHERE NOT (schemaname = ANY ($EXCL)))",
    // Extensions.
    R"(SELECT format('extension %I version=%s schema=%I', e.extname, e.extversion, n.nspname)
       FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace)",
    // Comments on anything in the kept schemas.
    R"(SELECT format('comment %s %s = %s', o.type, o.identity, E(d.description))
       FROM pg_description d, LATERAL pg_identify_object(d.classoid, d.objoid, d.objsubid) o
       WHERE d.classoid <> 'pg_database'::regclass
         AND (o.schema IS NULL OR NOT (o.schema = ANY ($EXCL)))
         AND NOT (o.type = 'schema' AND o.identity = ANY ($EXCL))
         AND NOT (o.type = 'extension')
         AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = d.classoid AND x.objid = d.objoid AND x.deptype = 'e')
         AND (d.classoid <> 'pg_namespace'::regclass OR d.objoid NOT IN (SELECT oid FROM pg_namespace WHERE NOT $SCHEMA(pg_namespace))))",
    // Privileges, with an unset ACL read as its default so that GRANT then
    // REVOKE compares equal to never granting.
    R"(SELECT format('grant %s %I.%I to %s: %s%s',
                     CASE WHEN c.relkind = 'S' THEN 'sequence' ELSE 'relation' END, n.nspname, c.relname,
                     CASE WHEN x.grantee = 0 THEN 'public' ELSE pg_get_userbyid(x.grantee)::text END,
                     x.privilege_type, CASE WHEN x.is_grantable THEN ' with grant option' ELSE '' END)
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
       LATERAL aclexplode(coalesce(c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner))) x
       WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S') AND $SCHEMA(n) AND $NOTEXT('pg_class', c.oid))",
    R"(SELECT format('grant column %I.%I.%I to %s: %s%s', n.nspname, c.relname, a.attname,
                     CASE WHEN x.grantee = 0 THEN 'public' ELSE pg_get_userbyid(x.grantee)::text END,
                     x.privilege_type, CASE WHEN x.is_grantable THEN ' with grant option' ELSE '' END)
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace, LATERAL aclexplode(a.attacl) x
       WHERE a.attacl IS NOT NULL AND NOT a.attisdropped AND $SCHEMA(n))",
    R"(SELECT format('grant schema %I to %s: %s%s', n.nspname,
                     CASE WHEN x.grantee = 0 THEN 'public' ELSE pg_get_userbyid(x.grantee)::text END,
                     x.privilege_type, CASE WHEN x.is_grantable THEN ' with grant option' ELSE '' END)
       FROM pg_namespace n, LATERAL aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) x
       WHERE $SCHEMA(n))",
    R"(SELECT format('grant routine %I.%I(%s) to %s: %s%s', n.nspname, p.proname,
                     pg_get_function_identity_arguments(p.oid),
                     CASE WHEN x.grantee = 0 THEN 'public' ELSE pg_get_userbyid(x.grantee)::text END,
                     x.privilege_type, CASE WHEN x.is_grantable THEN ' with grant option' ELSE '' END)
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace,
       LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) x
       WHERE $SCHEMA(n) AND $NOTEXT('pg_proc', p.oid))",
    R"(SELECT format('grant type %I.%I to %s: %s%s', n.nspname, t.typname,
                     CASE WHEN x.grantee = 0 THEN 'public' ELSE pg_get_userbyid(x.grantee)::text END,
                     x.privilege_type, CASE WHEN x.is_grantable THEN ' with grant option' ELSE '' END)
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
       LEFT JOIN pg_class c ON c.oid = t.typrelid,
       LATERAL aclexplode(coalesce(t.typacl, acldefault('T', t.typowner))) x
       WHERE $SCHEMA(n) AND t.typtype IN ('e', 'c', 'd', 'r') AND (t.typrelid = 0 OR c.relkind = 'c')
         AND $NOTEXT('pg_type', t.oid))",
    R"(SELECT format('default-privileges role=%I schema=%s type=%s acl=%s', pg_get_userbyid(d.defaclrole),
                     coalesce((SELECT quote_ident(nspname) FROM pg_namespace WHERE oid = d.defaclnamespace), '-'),
                     d.defaclobjtype, array_to_string(d.defaclacl, ','))
       FROM pg_default_acl d)",
};

void ReplaceAll(std::string* text, const std::string& from, const std::string& to) {
  size_t pos = 0;
  while ((pos = text->find(from, pos)) != std::string::npos) {
    text->replace(pos, from.size(), to);
    pos += to.size();
  }
}

// Expands the $MACROS of one query.
std::string Expand(std::string sql, const std::string& excluded_array, bool positions) {
  static const std::regex kSchema(R"(\$SCHEMA\((\w+)\))");
  static const std::regex kNotExt(R"(\$NOTEXT\('(\w+)', ([\w.]+)\))");
  sql = std::regex_replace(
      sql, kSchema,
      "(NOT ($1.nspname = ANY ($$EXCL)) AND $1.nspname NOT LIKE 'pg\\_toast%' AND "
      "$1.nspname NOT LIKE 'pg\\_temp\\_%')");
  sql = std::regex_replace(sql, kNotExt,
                           "NOT EXISTS (SELECT 1 FROM pg_depend xd WHERE xd.classid = "
                           "'$1'::regclass AND xd.objid = $2 AND xd.deptype = 'e')");
  ReplaceAll(&sql, "$EXCL", excluded_array);
  ReplaceAll(&sql, "$POSITIONS", positions ? "true" : "false");
  // E(x): free text folded onto one line.
  static const std::regex kEscape(R"(\bE\()");
  sql = std::regex_replace(sql, kEscape, "pg_temp.tidemark_one_line(");
  return sql;
}

// "column s.t.c ... position=N" -> ("column s.t.c ...", N); -1 when no position.
std::pair<std::string, long> SplitPosition(const std::string& line) {
  static const std::string kKey = " position=";
  if (line.rfind("column ", 0) != 0) return {line, -1};
  size_t at = line.rfind(kKey);
  if (at == std::string::npos) return {line, -1};
  return {line.substr(0, at), std::atol(line.c_str() + at + kKey.size())};
}

// "column s.t.c type=..." -> "s.t.c"
std::string ColumnName(const std::string& line) {
  size_t start = std::string("column ").size();
  size_t end = line.find(' ', start);
  return line.substr(start, end - start);
}

}  // namespace

CatalogSnapshot TakeSnapshot(const std::string& connection_string, const SnapshotOptions& options) {
  pqxx::connection conn(connection_string);
  pqxx::work tx(conn);
  std::vector<std::string> excluded = {"pg_catalog", "information_schema"};
  excluded.insert(excluded.end(), options.exclude_schemas.begin(), options.exclude_schemas.end());
  std::string array = "ARRAY[";
  for (size_t i = 0; i < excluded.size(); ++i) {
    if (i > 0) array += ",";
    array += tx.quote(excluded[i]);
  }
  array += "]::name[]";
  // A session-local helper: free text with newlines and tabs escaped.
  tx.exec(
      "CREATE FUNCTION pg_temp.tidemark_one_line(text) RETURNS text LANGUAGE sql IMMUTABLE AS "
      "$$ SELECT replace(replace(replace(replace($1, '\\', '\\\\'), E'\\n', '\\n'), E'\\r', "
      "'\\r'), E'\\t', '\\t') $$");
  CatalogSnapshot snapshot;
  static const std::regex kOwner(R"( owner=\S+)");
  for (const char* query : kQueries) {
    std::string_view text(query);
    bool grants = text.find("format('grant ") != std::string_view::npos ||
                  text.find("format('default-privileges ") != std::string_view::npos;
    if (grants && !options.privileges) continue;
    pqxx::result rows = tx.exec(Expand(query, array, options.column_positions));
    for (const auto& row : rows) {
      if (row[0].is_null()) continue;
      std::string line = row[0].c_str();
      if (!options.owners) {
        line = std::regex_replace(line, kOwner, "", std::regex_constants::format_first_only);
      }
      snapshot.lines.push_back(std::move(line));
    }
  }
  tx.abort();  // the helper function goes with the transaction
  std::sort(snapshot.lines.begin(), snapshot.lines.end());
  snapshot.lines.erase(std::unique(snapshot.lines.begin(), snapshot.lines.end()),
                       snapshot.lines.end());
  return snapshot;
}

CatalogSnapshot ModelSnapshot(const analyzer::Catalog& model, const std::string& empty_database,
                              std::vector<std::string>* failures, const SnapshotOptions& options) {
  std::vector<std::string> pending;
  for (const analyzer::DownPart& part : analyzer::CatalogSql(model)) {
    if (part.generated && !part.sql.empty()) {
      pending.push_back(part.sql);
    } else if (!part.comment.empty()) {
      failures->push_back("not rendered: " + part.comment);
    }
  }
  pqxx::connection conn(empty_database);
  // The statements come grouped by kind, not by dependency: each runs on its
  // own, and the ones refused are tried again while any other succeeds.
  std::map<std::string, std::string> errors;
  for (bool progress = true; progress && !pending.empty();) {
    progress = false;
    std::vector<std::string> refused;
    for (const auto& sql : pending) {
      try {
        pqxx::nontransaction tx(conn);
        tx.exec(sql);
        progress = true;
      } catch (const std::exception& e) {
        std::string error = e.what();
        errors[sql] = error.substr(0, error.find('\n'));
        refused.push_back(sql);
      }
    }
    pending = std::move(refused);
  }
  for (const auto& sql : pending) failures->push_back(sql + ": " + errors[sql]);
  return TakeSnapshot(empty_database, options);
}

SnapshotDiff CompareSnapshots(const CatalogSnapshot& before, const CatalogSnapshot& after) {
  std::vector<std::string> a = before.lines;
  std::vector<std::string> b = after.lines;
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  SnapshotDiff diff;
  std::vector<std::string> missing;
  std::vector<std::string> unexpected;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(missing));
  std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(unexpected));

  // A column line that differs only in its position is an order note.
  std::map<std::string, long> unexpected_positions;
  for (const std::string& line : unexpected) {
    auto [stripped, position] = SplitPosition(line);
    if (position >= 0) unexpected_positions[stripped] = position;
  }
  std::set<std::string> moved;
  for (const std::string& line : missing) {
    auto [stripped, position] = SplitPosition(line);
    if (position < 0) {
      diff.missing.push_back(line);
      continue;
    }
    auto it = unexpected_positions.find(stripped);
    if (it == unexpected_positions.end()) {
      diff.missing.push_back(line);
      continue;
    }
    moved.insert(stripped);
    diff.order_notes.push_back(fmt::format("column {} moved from position {} to {}",
                                           ColumnName(stripped), position, it->second));
  }
  for (const std::string& line : unexpected) {
    auto [stripped, position] = SplitPosition(line);
    if (position >= 0 && moved.count(stripped) > 0) continue;
    diff.unexpected.push_back(line);
  }
  return diff;
}

}  // namespace tidemark::exec
