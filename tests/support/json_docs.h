#pragma once

// The JSON documents docs/json.md describes: for each "### `tidemark.NAME/N`"
// heading, the backquoted names on its "Fields:" line. Tests hold every
// command's JSON output against it, so a field that is added, renamed or
// dropped without the documentation fails.

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>

namespace tidemark::testing {

inline std::map<std::string, std::set<std::string>> DocumentedJson() {
  std::ifstream in(std::string(TIDEMARK_SOURCE_DIR) + "/docs/json.md");
  std::map<std::string, std::set<std::string>> schemas;
  std::regex heading("^### `(tidemark\\.[a-z-]+/[0-9]+)`");
  std::regex name("`([a-z_]+)`");
  std::string line;
  std::string current;
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_search(line, m, heading)) {
      current = m[1];
      schemas[current];
    } else if (!current.empty() && line.rfind("Fields:", 0) == 0) {
      for (std::sregex_iterator it(line.begin(), line.end(), name), end; it != end; ++it) {
        schemas[current].insert((*it)[1]);
      }
    }
  }
  return schemas;
}

// `doc` names its schema, docs/json.md documents it, and every top-level
// field of `doc` is on the schema's Fields line.
inline void ExpectDocumented(const nlohmann::json& doc) {
  ASSERT_TRUE(doc.is_object()) << doc.dump();
  ASSERT_TRUE(doc.contains("schema") && doc["schema"].is_string()) << doc.dump();
  static const auto schemas = DocumentedJson();
  std::string schema = doc["schema"];
  auto it = schemas.find(schema);
  ASSERT_NE(it, schemas.end()) << schema << " is not in docs/json.md";
  for (const auto& [key, value] : doc.items()) {
    EXPECT_TRUE(it->second.count(key) != 0)
        << schema << ": field " << key << " is not on its Fields line in docs/json.md";
  }
}

}  // namespace tidemark::testing
