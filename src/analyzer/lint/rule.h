#pragma once

// A lint rule (SPEC.md §5): a stable kebab-case id, a default severity, its
// options with their defaults, and pure checks of one statement (or of one
// file) in its context. Rules never touch a database.

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analyzer/analysis.h"
#include "parser/migration.h"
#include "pg_query.pb.h"

// Rules declare their RuleInfo with designated initializers and leave the
// fields they do not need at their defaults; GCC 12 warns about that.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace tidemark::analyzer::lint {

using parser::Severity;

enum class Family { kDestructive, kDown, kLocking, kTransactions, kHygiene };
const char* FamilyName(Family family);  // "destructive", "down", ...

// The sections a rule judges: destructive and locking rules judge the Up,
// where the change is made.
inline constexpr unsigned kUpSection = 1;
inline constexpr unsigned kDownSection = 2;
inline constexpr unsigned kBothSections = kUpSection | kDownSection;

enum class OptionKind { kBool, kInt, kString, kList };
const char* OptionKindName(OptionKind kind);

struct OptionSpec {
  std::string name;  // snake_case, as written in .tidemark.yml
  OptionKind kind = OptionKind::kBool;
  std::string default_value;  // as text: "true", "10", "5s"; lists comma-separated
  std::string help;
};

struct RuleInfo {
  std::string id;
  Severity severity = Severity::kWarning;
  Family family = Family::kHygiene;
  std::string summary;  // what the rule finds, one line
  std::string help;     // what to do instead: the `help:` line
  unsigned sections = kUpSection;
  std::vector<OptionSpec> options;   // every option, with its default, declared here only
  std::vector<std::string> aliases;  // former ids, still accepted in config and ignores
  bool from_parser = false;  // found by the migration file parser; the rule only describes it
};

// One option's value, checked against its OptionSpec.
struct OptionValue {
  OptionKind kind = OptionKind::kBool;
  bool b = false;
  int64_t i = 0;
  std::string s;
  std::vector<std::string> list;
};

// Parses `text` as an option of `kind`; false (and `error`) when it is not one.
bool ParseOptionValue(OptionKind kind, std::string_view text, OptionValue* out, std::string* error);

// A rule's effective options: its defaults, overridden by the config.
class RuleOptions {
 public:
  RuleOptions() = default;
  explicit RuleOptions(const RuleInfo& info);  // the defaults
  void Set(const std::string& name, OptionValue value) { values_[name] = std::move(value); }
  bool Has(const std::string& name) const { return values_.count(name) != 0; }
  bool Bool(const std::string& name) const;
  int64_t Int(const std::string& name) const;
  const std::string& String(const std::string& name) const;
  const std::vector<std::string>& List(const std::string& name) const;

 private:
  const OptionValue& Get(const std::string& name) const;
  std::map<std::string, OptionValue> values_;
};

// The PostgreSQL version migrations run on (`--pg-version`, default 15).
struct PgVersion {
  int major = 15;
  int minor = 0;
};
bool ParsePgVersion(std::string_view text, PgVersion* out);

// One statement with its parse tree (nullptr when PostgreSQL 15's grammar
// refuses it) and the analyzer's view of it (nullptr when there is none).
struct ParsedStatement {
  const parser::Statement* statement = nullptr;
  const pg_query::Node* node = nullptr;
  const StatementAnalysis* analysis = nullptr;
};

// What the statements before the current one did, within one section.
struct SectionState {
  std::set<std::string> created_relations;  // tables, views, materialized views (unqualified)
  std::set<std::string> created_indexes;
  std::set<std::string> created_types;
  bool lock_timeout_set = false;  // a non-zero lock_timeout is in force
  // Earlier statements that locked an existing relation ACCESS EXCLUSIVE
  // with no lock_timeout in force.
  int unguarded_access_exclusive = 0;
  bool explicit_transaction = false;  // a BEGIN without its COMMIT
  // Constraints added NOT VALID in the transaction that is still open.
  std::set<std::string> not_valid_in_transaction;
  // Tables with a VALIDATE CONSTRAINT earlier in the migration.
  std::set<std::string> validated_tables;
  // CHECK (col IS NOT NULL) constraints: name -> "table.column".
  std::map<std::string, std::string> not_null_checks;
  // "table.column" proven NOT NULL by a validated check.
  std::set<std::string> not_null_proven;

  // Created earlier in this migration (a relation or an index): new and empty.
  bool Created(const std::string& relation) const {
    return created_relations.count(relation) != 0 || created_indexes.count(relation) != 0;
  }
};

struct FileContext {
  const parser::MigrationFile* file = nullptr;
  const parser::Section* up = nullptr;
  const parser::Section* down = nullptr;            // the effective Down, nullptr when none
  const parser::SourceText* down_source = nullptr;  // the file, or its _undo.sql
  std::vector<ParsedStatement> up_statements;
  std::vector<ParsedStatement> down_statements;
  const MigrationAnalysis* analysis = nullptr;  // nullptr when the analyzer gave none
  PgVersion pg_version;
  bool up_transactional = true;  // the Up runs as one transaction
};

struct StatementContext {
  const FileContext* file = nullptr;
  const parser::Section* section = nullptr;
  const parser::SourceText* source = nullptr;
  const ParsedStatement* parsed = nullptr;
  int index = 0;                        // within its section
  bool up = true;                       // in the Up section
  bool transactional = true;            // runs inside a transaction with its neighbours
  const SectionState* state = nullptr;  // before this statement

  const parser::Statement& statement() const { return *parsed->statement; }
  const pg_query::Node* node() const { return parsed->node; }
  const StatementAnalysis* analysis() const { return parsed->analysis; }
  PgVersion pg_version() const { return file->pg_version; }
};

// Where rules report. The engine fills in the rule id, severity and help.
class Emitter {
 public:
  virtual ~Emitter() = default;
  // At the start of the current statement.
  virtual void Report(std::string message) = 0;
  // At `location`, a byte offset into the current statement's text (as
  // parse-tree nodes give it); -1 means the statement's start.
  virtual void ReportAt(int location, std::string message) = 0;
  // Anywhere in `source` (file-level rules).
  virtual void ReportAtOffset(const parser::SourceText& source, size_t offset,
                              std::string message) = 0;
  // At any statement of `source` (file-level rules).
  virtual void ReportStatement(const parser::SourceText& source, const parser::Statement& statement,
                               std::string message) = 0;
};

class Rule {
 public:
  explicit Rule(RuleInfo info) : info_(std::move(info)) {}
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  const RuleInfo& info() const { return info_; }
  const std::string& id() const { return info_.id; }

  // Called for every statement of the sections the rule judges, in order.
  virtual void Check(const StatementContext& s, const RuleOptions& options, Emitter& out) const {}
  // Called once per migration.
  virtual void CheckFile(const FileContext& f, const RuleOptions& options, Emitter& out) const {}

 private:
  RuleInfo info_;
};

}  // namespace tidemark::analyzer::lint
