#include "exec/tracking.h"

#include <fmt/format.h>

#include <stdexcept>

namespace tidemark::exec {

namespace {

// libpqxx 6 passes a null const char* as SQL NULL.
const char* Nullable(const std::optional<std::string>& value) {
  return value ? value->c_str() : nullptr;
}

}  // namespace

std::string TrackingTable::Table(pqxx::transaction_base& tx) const {
  return tx.quote_name(schema_) + ".migrations";
}

std::string TrackingTable::ArchivesTable(pqxx::transaction_base& tx) const {
  return tx.quote_name(schema_) + ".archives";
}

bool TrackingTable::HasArchives(pqxx::transaction_base& tx) const {
  return !tx.exec1("SELECT to_regclass(" + tx.quote(ArchivesTable(tx)) + ") IS NULL")[0].as<bool>();
}

bool TrackingTable::Exists(pqxx::transaction_base& tx) const {
  return !tx.exec1("SELECT to_regclass(" + tx.quote(tx.quote_name(schema_) + ".migrations") +
                   ") IS NULL")[0]
              .as<bool>();
}

void TrackingTable::Ensure(pqxx::connection& conn) const {
  pqxx::work tx(conn);
  const std::string schema = tx.quote_name(schema_);
  // Two tidemarks creating the table at once: the advisory lock is taken
  // before this runs, so only one of them gets here at a time.
  tx.exec("CREATE SCHEMA IF NOT EXISTS " + schema);
  tx.exec("CREATE TABLE IF NOT EXISTS " + schema +
          ".tidemark_meta (key text PRIMARY KEY, value text NOT NULL)");
  pqxx::result r =
      tx.exec("SELECT value FROM " + schema + ".tidemark_meta WHERE key = 'layout_version'");
  int layout = r.empty() ? 0 : r[0][0].as<int>();
  if (layout > kLayoutVersion) {
    throw std::runtime_error(fmt::format(
        "the tracking table {}.migrations has layout version {}, newer than this tidemark "
        "understands ({}); upgrade tidemark",
        schema_, layout, kLayoutVersion));
  }
  if (layout < 1) {
    tx.exec("CREATE TABLE IF NOT EXISTS " + schema +
            ".migrations ("
            " id bigint GENERATED ALWAYS AS IDENTITY UNIQUE,"
            " version text PRIMARY KEY,"
            " name text NOT NULL,"
            " checksum text NOT NULL,"
            " batch integer NOT NULL,"
            " kind text NOT NULL DEFAULT 'applied' CHECK (kind IN ('applied', 'baseline')),"
            " applied_at timestamptz NOT NULL DEFAULT now(),"
            " execution_ms bigint NOT NULL DEFAULT 0,"
            " applied_by text NOT NULL DEFAULT current_user,"
            " down_sql text,"
            " down_notransaction boolean NOT NULL DEFAULT false,"
            " down_irreversible boolean NOT NULL DEFAULT false,"
            " dirty boolean NOT NULL DEFAULT false,"
            " failed_at text,"
            " error text)");
    tx.exec("COMMENT ON TABLE " + schema +
            ".migrations IS 'Migrations applied by tidemark (layout 1; see docs/executor.md)'");
  }
  // Later layouts add their upgrade steps here, each from the version before.
  if (layout < 2) {
    // Data kept by `rollback --keep-data` (exec/archive.h): one row per
    // archive table in the archive schema.
    tx.exec("CREATE TABLE IF NOT EXISTS " + schema +
            ".archives ("
            " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " version text NOT NULL,"
            " kind text NOT NULL CHECK (kind IN ('table', 'column', 'values')),"
            " object text NOT NULL,"
            " table_schema text NOT NULL,"
            " table_name text NOT NULL,"
            " column_name text,"
            " key_columns text[] NOT NULL DEFAULT '{}',"
            " column_types text[] NOT NULL DEFAULT '{}',"
            " archive_schema text NOT NULL,"
            " archive_table text NOT NULL,"
            " row_count bigint NOT NULL DEFAULT 0,"
            " bytes bigint NOT NULL DEFAULT 0,"
            " statement text NOT NULL DEFAULT '',"
            " archived_at timestamptz NOT NULL DEFAULT now())");
    tx.exec("COMMENT ON TABLE " + schema +
            ".archives IS 'Data kept by tidemark rollback --keep-data (see docs/keep-data.md)'");
  }
  if (layout < kLayoutVersion) {
    tx.exec("INSERT INTO " + schema + ".tidemark_meta VALUES ('layout_version', '" +
            std::to_string(kLayoutVersion) +
            "') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  }
  tx.commit();
}

std::vector<AppliedMigration> TrackingTable::Load(pqxx::transaction_base& tx) const {
  std::vector<AppliedMigration> rows;
  if (!Exists(tx)) return rows;
  pqxx::result r = tx.exec(
      "SELECT id, version, name, checksum, batch, kind, "
      "to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), execution_ms, "
      "applied_by, down_sql, down_notransaction, down_irreversible, dirty, failed_at, error "
      "FROM " +
      Table(tx) + " ORDER BY id");
  rows.reserve(r.size());
  for (const auto& row : r) {
    AppliedMigration m;
    m.id = row[0].as<int64_t>();
    m.version = row[1].as<std::string>();
    m.name = row[2].as<std::string>();
    m.checksum = row[3].as<std::string>();
    m.batch = row[4].as<int>();
    m.kind = row[5].as<std::string>();
    m.applied_at = row[6].as<std::string>();
    m.execution_ms = row[7].as<int64_t>();
    m.applied_by = row[8].as<std::string>();
    if (!row[9].is_null()) m.down_sql = row[9].as<std::string>();
    m.down_notransaction = row[10].as<bool>();
    m.down_irreversible = row[11].as<bool>();
    m.dirty = row[12].as<bool>();
    if (!row[13].is_null()) m.failed_at = row[13].as<std::string>();
    if (!row[14].is_null()) m.error = row[14].as<std::string>();
    rows.push_back(std::move(m));
  }
  return rows;
}

int TrackingTable::NextBatch(pqxx::transaction_base& tx) const {
  if (!Exists(tx)) return 1;
  return tx.exec1("SELECT coalesce(max(batch), 0) + 1 FROM " + Table(tx))[0].as<int>();
}

void TrackingTable::Insert(pqxx::transaction_base& tx, const AppliedMigration& m) const {
  tx.exec_params("INSERT INTO " + Table(tx) +
                     " (version, name, checksum, batch, kind, execution_ms, down_sql, "
                     "down_notransaction, down_irreversible, dirty, failed_at, error) "
                     "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                 m.version, m.name, m.checksum, m.batch, m.kind, m.execution_ms,
                 Nullable(m.down_sql), m.down_notransaction, m.down_irreversible, m.dirty,
                 Nullable(m.failed_at), Nullable(m.error));
}

void TrackingTable::Delete(pqxx::transaction_base& tx, const std::string& version) const {
  tx.exec_params("DELETE FROM " + Table(tx) + " WHERE version = $1", version);
}

void TrackingTable::SetExecutionTime(pqxx::transaction_base& tx, const std::string& version,
                                     int64_t ms) const {
  tx.exec_params("UPDATE " + Table(tx) + " SET execution_ms = $2 WHERE version = $1", version, ms);
}

void TrackingTable::MarkDirty(pqxx::transaction_base& tx, const std::string& version,
                              const std::string& failed_at, const std::string& error) const {
  tx.exec_params(
      "UPDATE " + Table(tx) + " SET dirty = true, failed_at = $2, error = $3 WHERE version = $1",
      version, failed_at, error);
}

void TrackingTable::ClearDirty(pqxx::transaction_base& tx, const std::string& version) const {
  tx.exec_params("UPDATE " + Table(tx) +
                     " SET dirty = false, failed_at = NULL, error = NULL WHERE version = $1",
                 version);
}

void TrackingTable::SetChecksum(pqxx::transaction_base& tx, const std::string& version,
                                const std::string& checksum, const std::string& name) const {
  tx.exec_params("UPDATE " + Table(tx) + " SET checksum = $2, name = $3 WHERE version = $1",
                 version, checksum, name);
}

}  // namespace tidemark::exec
