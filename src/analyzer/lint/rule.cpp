#include "analyzer/lint/rule.h"

#include <charconv>
#include <stdexcept>

namespace tidemark::analyzer::lint {

const char* FamilyName(Family family) {
  switch (family) {
    case Family::kDestructive:
      return "destructive";
    case Family::kDown:
      return "down";
    case Family::kLocking:
      return "locking";
    case Family::kTransactions:
      return "transactions";
    case Family::kHygiene:
      return "hygiene";
  }
  return "hygiene";
}

const char* OptionKindName(OptionKind kind) {
  switch (kind) {
    case OptionKind::kBool:
      return "boolean";
    case OptionKind::kInt:
      return "integer";
    case OptionKind::kString:
      return "string";
    case OptionKind::kList:
      return "list of strings";
  }
  return "string";
}

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool ParseOptionValue(OptionKind kind, std::string_view text, OptionValue* out,
                      std::string* error) {
  out->kind = kind;
  text = Trim(text);
  switch (kind) {
    case OptionKind::kBool:
      if (text == "true" || text == "yes" || text == "on") {
        out->b = true;
      } else if (text == "false" || text == "no" || text == "off") {
        out->b = false;
      } else {
        *error = "expected true or false";
        return false;
      }
      return true;
    case OptionKind::kInt: {
      int64_t v = 0;
      auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
      if (ec != std::errc() || ptr != text.data() + text.size()) {
        *error = "expected an integer";
        return false;
      }
      out->i = v;
      return true;
    }
    case OptionKind::kString:
      out->s = std::string(text);
      return true;
    case OptionKind::kList:
      out->list.clear();
      while (!text.empty()) {
        size_t comma = text.find(',');
        std::string_view item = Trim(text.substr(0, comma));
        if (!item.empty()) out->list.emplace_back(item);
        if (comma == std::string_view::npos) break;
        text.remove_prefix(comma + 1);
      }
      return true;
  }
  return false;
}

RuleOptions::RuleOptions(const RuleInfo& info) {
  for (const OptionSpec& spec : info.options) {
    OptionValue value;
    std::string error;
    if (!ParseOptionValue(spec.kind, spec.default_value, &value, &error)) {
      throw std::logic_error("rule " + info.id + ": bad default for option " + spec.name);
    }
    values_[spec.name] = std::move(value);
  }
}

const OptionValue& RuleOptions::Get(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end()) throw std::logic_error("lint rule reads undeclared option " + name);
  return it->second;
}

bool RuleOptions::Bool(const std::string& name) const { return Get(name).b; }
int64_t RuleOptions::Int(const std::string& name) const { return Get(name).i; }
const std::string& RuleOptions::String(const std::string& name) const { return Get(name).s; }
const std::vector<std::string>& RuleOptions::List(const std::string& name) const {
  return Get(name).list;
}

bool ParsePgVersion(std::string_view text, PgVersion* out) {
  text = Trim(text);
  int major = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), major);
  if (ec != std::errc() || major < 9 || major > 99) return false;
  int minor = 0;
  if (ptr != text.data() + text.size()) {
    if (*ptr != '.') return false;
    ++ptr;
    auto [p2, ec2] = std::from_chars(ptr, text.data() + text.size(), minor);
    if (ec2 != std::errc() || p2 != text.data() + text.size()) return false;
  }
  out->major = major;
  out->minor = minor;
  return true;
}

}  // namespace tidemark::analyzer::lint
