#include "analyzer/naming.h"

#include <fmt/format.h>

namespace tidemark::analyzer {
namespace {

// Largest prefix length <= n that does not end inside a UTF-8 sequence.
size_t ClipUtf8(std::string_view s, size_t n) {
  if (n >= s.size()) return s.size();
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return n;
}

}  // namespace

std::string MakeObjectName(std::string_view name1, std::string_view name2, std::string_view label) {
  size_t overhead = 0;
  if (!name2.empty()) overhead += 1;
  if (!label.empty()) overhead += label.size() + 1;
  size_t avail = kMaxIdentifierBytes - overhead;
  size_t n1 = name1.size();
  size_t n2 = name2.size();
  while (n1 + n2 > avail) {
    if (n1 > n2) {
      --n1;
    } else {
      --n2;
    }
  }
  n1 = ClipUtf8(name1, n1);
  n2 = ClipUtf8(name2, n2);
  std::string out(name1.substr(0, n1));
  if (!name2.empty()) {
    out += '_';
    out += name2.substr(0, n2);
  }
  if (!label.empty()) {
    out += '_';
    out += label;
  }
  return out;
}

std::string NameAddition(const std::vector<std::string>& columns) {
  std::string buf;
  for (const auto& c : columns) {
    if (!buf.empty()) buf += '_';
    buf += c;
    if (buf.size() >= kMaxIdentifierBytes + 1) break;
  }
  return buf.substr(0, ClipUtf8(buf, kMaxIdentifierBytes));
}

std::string ChooseName(std::string_view name1, std::string_view name2, std::string_view label,
                       const std::function<bool(const std::string&)>& taken) {
  std::string candidate = MakeObjectName(name1, name2, label);
  for (int pass = 1; taken && taken(candidate); ++pass) {
    candidate = MakeObjectName(name1, name2, fmt::format("{}{}", label, pass));
  }
  return candidate;
}

}  // namespace tidemark::analyzer
