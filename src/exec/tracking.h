#pragma once

#include <cstdint>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

namespace tidemark::exec {

// One row of the tracking table (docs/executor.md describes the columns).
struct AppliedMigration {
  int64_t id = 0;  // apply order
  std::string version;
  std::string name;  // file name at apply time
  std::string checksum;
  int batch = 0;
  std::string kind = "applied";  // applied | baseline
  std::string applied_at;        // ISO 8601, UTC
  int64_t execution_ms = 0;
  std::string applied_by;
  std::optional<std::string> down_sql;  // the Down as it was when applied
  bool down_notransaction = false;
  bool down_irreversible = false;
  bool dirty = false;                    // a non-transactional run failed or was cut off
  std::optional<std::string> failed_at;  // "file:line:col" of the failed statement
  std::optional<std::string> error;      // its error
};

// The tracking table `<schema>.migrations`, the archive records
// `<schema>.archives` and their companion `<schema>.tidemark_meta` (which records the table
// layout's version so that later releases can upgrade it in place).
class TrackingTable {
 public:
  static constexpr int kLayoutVersion = 2;

  explicit TrackingTable(std::string schema) : schema_(std::move(schema)) {}
  const std::string& schema() const { return schema_; }

  // Creates the schema and tables when missing and upgrades an older layout.
  // Throws std::runtime_error for a layout newer than this release knows.
  void Ensure(pqxx::connection& conn) const;
  bool Exists(pqxx::transaction_base& tx) const;

  // Every row, in apply order. Empty when the table does not exist.
  std::vector<AppliedMigration> Load(pqxx::transaction_base& tx) const;
  int NextBatch(pqxx::transaction_base& tx) const;

  void Insert(pqxx::transaction_base& tx, const AppliedMigration& row) const;
  void Delete(pqxx::transaction_base& tx, const std::string& version) const;
  void SetExecutionTime(pqxx::transaction_base& tx, const std::string& version, int64_t ms) const;
  void MarkDirty(pqxx::transaction_base& tx, const std::string& version,
                 const std::string& failed_at, const std::string& error) const;
  void ClearDirty(pqxx::transaction_base& tx, const std::string& version) const;
  void SetChecksum(pqxx::transaction_base& tx, const std::string& version,
                   const std::string& checksum, const std::string& name) const;

  std::string Table(pqxx::transaction_base& tx) const;  // quoted schema.migrations
  // Quoted schema.archives: what `rollback --keep-data` kept (layout 2).
  std::string ArchivesTable(pqxx::transaction_base& tx) const;
  bool HasArchives(pqxx::transaction_base& tx) const;

 private:
  std::string schema_;
};

}  // namespace tidemark::exec
