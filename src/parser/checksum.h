#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tidemark::parser {

struct Statement;

// Lower-case hex SHA-256 of `data`.
std::string Sha256Hex(std::string_view data);

// The checksum of an Up section: SHA-256 over its statements with comments
// dropped and whitespace between tokens folded, so that editing comments,
// layout or the Down SQL never marks an applied migration as changed.
std::string UpChecksum(const std::vector<Statement>& statements);

}  // namespace tidemark::parser
