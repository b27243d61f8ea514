#pragma once

// PostgreSQL's default names for unnamed indexes and constraints
// (makeObjectName / ChooseRelationName / ChooseConstraintName in PG 15).

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tidemark::analyzer {

inline constexpr size_t kMaxIdentifierBytes = 63;  // NAMEDATALEN - 1

// name1[_name2]_label, shortening the longer of name1/name2 until the whole
// fits in 63 bytes (never splitting a UTF-8 character).
std::string MakeObjectName(std::string_view name1, std::string_view name2, std::string_view label);

// Column names joined by '_' for an index or constraint name (at most 63
// bytes, as ChooseIndexNameAddition does).
std::string NameAddition(const std::vector<std::string>& columns);

// The first free name among name1_name2_label, ..._label1, ..._label2, ...
// `taken` says whether a candidate is already used.
std::string ChooseName(std::string_view name1, std::string_view name2, std::string_view label,
                       const std::function<bool(const std::string&)>& taken);

}  // namespace tidemark::analyzer
