#pragma once

// Keeping the data a Down destroys (`rollback --keep-data`) and giving it
// back when the migration is applied again (`up --restore-data`); see
// docs/keep-data.md. Everything here runs inside the caller's transaction:
// the Down's (or the Up's) own, so that the archive, the schema change and
// the tracking row commit or vanish together.

#include <cstdint>
#include <optional>
#include <pqxx/pqxx>
#include <stdexcept>
#include <string>
#include <vector>

#include "exec/tracking.h"

namespace tidemark::exec {

inline constexpr const char* kDefaultArchiveSchema = "tidemark_archive";

// One thing a Down statement destroys, as the database holds it now.
struct DataLoss {
  enum class Kind {
    kTable,    // DROP TABLE: every row
    kColumn,   // DROP COLUMN: every row's value, with the row's key
    kValues,   // ALTER COLUMN TYPE that can change values: the changed ones, with keys
    kNotKept,  // destroyed, and not kept: `note` says what
    kNote,     // a dry-run line only: nothing to keep (a conversion that fails rather than changes)
  };
  Kind kind = Kind::kNotKept;
  // The dry-run line ("-- drops table t (12 rows)"); empty when there is
  // nothing to say beyond the archive lines.
  std::string note;
  std::string table_schema;  // resolved (kTable, kColumn, kValues)
  std::string table_name;
  std::string column;            // kColumn, kValues
  std::vector<std::string> key;  // kColumn, kValues: the columns rows are matched by
  std::string refusal;           // why it cannot be kept; empty when it can
  int64_t table_bytes = 0;       // pg_total_relation_size of the table
  std::string Object() const;    // "public.users" or "public.users.phone"
  bool Archived() const {
    return kind == Kind::kTable || kind == Kind::kColumn || kind == Kind::kValues;
  }
};

// What `sql` (one Down statement) destroys, read from its parse tree and the
// catalog as `tx` sees it. The one source of the dry-run's data-loss lines
// and of what `--keep-data` archives.
std::vector<DataLoss> PlanDataLoss(pqxx::transaction_base& tx, const std::string& sql);

// An archive table and its row in `<tracking schema>.archives`.
struct ArchiveRecord {
  int64_t id = 0;
  std::string version;
  std::string kind;    // table | column | values
  std::string object;  // "public.users.phone"
  std::string table_schema;
  std::string table_name;
  std::string column;
  std::vector<std::string> key;
  std::vector<std::string> column_types;  // the archived columns' types as they were, in order
  std::string archive_schema;
  std::string archive_table;
  int64_t rows = 0;
  int64_t bytes = 0;
  std::string statement;            // file:line:col of the Down statement
  std::string archived_at;          // ISO 8601, UTC
  std::string ArchiveName() const;  // quoted schema.table
};

// Refused before the statement ran: the transaction is rolled back.
struct ArchiveRefused : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct ArchiveOptions {
  std::string schema = kDefaultArchiveSchema;
  int64_t max_bytes = 0;  // a table larger than this is refused; 0: no limit
};

// What a restore did with one archive.
struct RestoreOutcome {
  ArchiveRecord record;
  bool restored = false;  // true: put back, archive dropped
  int64_t rows = 0;       // rows or values put back
  std::string reason;     // when kept: why the shape no longer fits
};

class Archiver {
 public:
  Archiver(const TrackingTable& tracking, ArchiveOptions options)
      : tracking_(tracking), options_(std::move(options)) {}
  const ArchiveOptions& options() const { return options_; }

  // Before a Down statement: archives what it destroys and returns the lines
  // to print ("kept ...", "not kept: ..."). Throws ArchiveRefused when a
  // thing it destroys cannot be kept.
  std::vector<std::string> Keep(pqxx::transaction_base& tx, const std::string& version,
                                const std::string& where, const std::string& sql);
  // After that statement: prunes the values a type change left as they
  // were, and returns the lines to print about them.
  std::vector<std::string> AfterStatement(pqxx::transaction_base& tx);

  // After an Up: puts back what the migration's rollback kept, newest
  // archive first; each archive in a savepoint of its own, so one that no
  // longer fits stays and the others still go back.
  std::vector<RestoreOutcome> Restore(pqxx::transaction_base& tx, const std::string& version);

  // The records, oldest first; of one version when given.
  std::vector<ArchiveRecord> List(pqxx::transaction_base& tx,
                                  const std::optional<std::string>& version = std::nullopt) const;
  // Drops the archive table and its record.
  void Drop(pqxx::transaction_base& tx, const ArchiveRecord& record) const;

  // Estimated bytes an archive of `loss` would take (dry run).
  static int64_t EstimateBytes(pqxx::transaction_base& tx, const DataLoss& loss);

 private:
  ArchiveRecord Insert(pqxx::transaction_base& tx, const std::string& version,
                       const std::string& where, const DataLoss& loss,
                       const std::vector<std::string>& types);
  void UpdateCounts(pqxx::transaction_base& tx, ArchiveRecord* record, int64_t rows) const;
  RestoreOutcome RestoreOne(pqxx::transaction_base& tx, const ArchiveRecord& record) const;

  const TrackingTable& tracking_;
  ArchiveOptions options_;
  std::vector<ArchiveRecord> pending_values_;  // kValues archives of the running statement
};

// "12 kB", "3.4 MB": a byte count for people.
std::string ByteSize(int64_t bytes);
// "1GB", "500MB", "64kB", "1024" (bytes): a size limit; nullopt when malformed.
std::optional<int64_t> ParseByteSize(const std::string& text);

}  // namespace tidemark::exec
