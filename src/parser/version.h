#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tidemark::parser {

// A migration version: the leading run of digit groups joined by '_' in a
// file name ("20260520_103245_add_users_phone.sql" -> "20260520_103245").
// Versions order numerically, group by group.
class Version {
 public:
  Version() = default;
  // Parses a version string such as "20260520_103245" or "0007".
  static std::optional<Version> Parse(std::string_view text);

  const std::string& text() const { return text_; }
  bool empty() const { return groups_.empty(); }
  // <0, 0, >0. "0007" equals "7"; "1_2" sorts after "1" and before "2".
  int Compare(const Version& other) const;

  friend bool operator==(const Version& a, const Version& b) { return a.Compare(b) == 0; }
  friend bool operator<(const Version& a, const Version& b) { return a.Compare(b) < 0; }

 private:
  std::string text_;
  std::vector<std::string> groups_;  // digits, leading zeros removed
};

struct MigrationName {
  Version version;
  std::string label;  // what follows the version, without ".sql" or "_undo"
  bool is_undo = false;
};

// Splits a file name into version and label; nullopt when the name is not
// "VERSION[_label][_undo].sql".
std::optional<MigrationName> ParseMigrationName(std::string_view filename);

// "Add phone to Users!" -> "add_phone_to_users"
std::string ToSnakeCase(std::string_view label);

}  // namespace tidemark::parser
