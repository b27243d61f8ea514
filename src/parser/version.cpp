#include "parser/version.h"

#include <cctype>

namespace tidemark::parser {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

std::string StripZeros(std::string_view digits) {
  size_t i = 0;
  while (i + 1 < digits.size() && digits[i] == '0') ++i;
  return std::string(digits.substr(i));
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::optional<Version> Version::Parse(std::string_view text) {
  Version v;
  v.text_ = std::string(text);
  size_t start = 0;
  while (true) {
    size_t underscore = text.find('_', start);
    std::string_view group =
        text.substr(start, underscore == std::string_view::npos ? text.npos : underscore - start);
    if (!AllDigits(group)) return std::nullopt;
    v.groups_.push_back(StripZeros(group));
    if (underscore == std::string_view::npos) break;
    start = underscore + 1;
  }
  return v;
}

int Version::Compare(const Version& other) const {
  size_t n = std::min(groups_.size(), other.groups_.size());
  for (size_t i = 0; i < n; ++i) {
    const std::string& a = groups_[i];
    const std::string& b = other.groups_[i];
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    int c = a.compare(b);
    if (c != 0) return c < 0 ? -1 : 1;
  }
  if (groups_.size() == other.groups_.size()) return 0;
  return groups_.size() < other.groups_.size() ? -1 : 1;
}

std::optional<MigrationName> ParseMigrationName(std::string_view filename) {
  if (!EndsWith(filename, ".sql")) return std::nullopt;
  std::string_view stem = filename.substr(0, filename.size() - 4);
  MigrationName name;
  if (EndsWith(stem, "_undo")) {
    name.is_undo = true;
    stem.remove_suffix(5);
  }
  // The version is the longest run of all-digit groups at the start.
  size_t version_end = 0;
  size_t pos = 0;
  while (pos <= stem.size()) {
    size_t underscore = stem.find('_', pos);
    size_t group_end = underscore == std::string_view::npos ? stem.size() : underscore;
    if (!AllDigits(stem.substr(pos, group_end - pos))) break;
    version_end = group_end;
    if (underscore == std::string_view::npos) break;
    pos = underscore + 1;
  }
  if (version_end == 0) return std::nullopt;
  auto version = Version::Parse(stem.substr(0, version_end));
  if (!version) return std::nullopt;
  name.version = *version;
  if (version_end < stem.size()) name.label = std::string(stem.substr(version_end + 1));
  return name;
}

std::string ToSnakeCase(std::string_view label) {
  std::string out;
  bool pending_underscore = false;
  char previous = 0;
  for (char c : label) {
    unsigned char u = static_cast<unsigned char>(c);
    // Bytes of UTF-8 sequences are kept: "Größe" stays "größe", not "gr_e".
    if (std::isalnum(u) || u >= 0x80) {
      // camelCase boundary: "addPhone" -> "add_phone"
      if (std::isupper(u) && std::islower(static_cast<unsigned char>(previous))) {
        pending_underscore = true;
      }
      if (pending_underscore && !out.empty()) out += '_';
      pending_underscore = false;
      out += static_cast<char>(std::tolower(u));
    } else {
      pending_underscore = true;
    }
    previous = c;
  }
  return out;
}

}  // namespace tidemark::parser
