#include "analyzer/type_conversion.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "analyzer/parse_tree.h"
#include "analyzer/tree_util.h"

namespace tidemark::analyzer {
namespace {

struct BuiltinCast {
  std::string_view source;
  std::string_view target;
  char context;  // 'i' implicit, 'a' assignment, 'e' explicit
};
struct BuiltinType {
  std::string_view name;
  char category;
};
#include "analyzer/data/pg15_casts.inc"

// A column type as the conversion rules see it.
struct Type {
  std::string name;  // typname for built-in types, the qualified name otherwise
  bool builtin = false;
  bool array = false;
  bool mods_known = true;  // every typmod is an integer constant
  std::vector<int> mods;
  std::string display;
};

std::optional<char> CategoryOf(std::string_view name) {
  for (const auto& t : kTypeCategories) {
    if (t.name == name) return t.category;
  }
  return std::nullopt;
}

Type Describe(const pg_query::TypeName& tn) {
  Type t;
  t.display = TypeDisplay(tn);
  t.array = tn.array_bounds_size() > 0;
  std::vector<std::string> names = Strings(tn.names());
  if (names.size() == 2 && names[0] == "pg_catalog") {
    t.name = names[1];
    t.builtin = CategoryOf(t.name).has_value();
  } else if (names.size() == 1) {
    t.name = names[0];
    t.builtin = CategoryOf(t.name).has_value();
  } else {
    t.name = TypeKey(tn);
  }
  for (const auto& m : tn.typmods()) {
    if (m.has_a_const() && m.a_const().has_ival()) {
      t.mods.push_back(m.a_const().ival().ival());
    } else {
      t.mods_known = false;
    }
  }
  return t;
}

bool IsString(const Type& t) { return t.builtin && CategoryOf(t.name) == 'S'; }

// pg_cast's context for a cast between two different built-in types, or
// none when there is no such cast.
std::optional<char> CastContext(const std::string& from, const std::string& to) {
  for (const auto& c : kCasts) {
    if (c.source == from && c.target == to) return c.context;
  }
  return std::nullopt;
}

int IntRank(const std::string& name) {
  if (name == "int2") return 1;
  if (name == "int4") return 2;
  if (name == "int8") return 3;
  return 0;
}
int IntDigits(const std::string& name) {
  switch (IntRank(name)) {
    case 1:
      return 5;
    case 2:
      return 10;
    default:
      return 19;
  }
}
bool IsTemporal(const std::string& name) {
  return name == "timestamp" || name == "timestamptz" || name == "time" || name == "timetz";
}
bool IsLength(const std::string& name) {
  return name == "varchar" || name == "bpchar" || name == "bit" || name == "varbit";
}

// Adds one effect to `c`: the worst effect wins, reasons accumulate.
void Add(Conversion* c, ValueEffect effect, const std::string& reason) {
  if (effect > c->effect) c->effect = effect;  // declared mildest first
  if (reason.empty()) return;
  auto append = [&reason](std::string* to) {
    if (!to->empty()) *to += "; ";
    *to += reason;
  };
  append(&c->reason);
  if (effect == ValueEffect::kLossy) append(&c->loss);
  if (effect == ValueEffect::kMayFail) append(&c->failure);
}

// The effect of the assignment coercion to `to`'s length or precision.
void AddTargetModifiers(const Type& from, const Type& to, Conversion* c) {
  if (to.mods.empty()) return;
  if (!to.mods_known) {
    Add(c, ValueEffect::kUnknown, "the type modifiers of " + to.display + " are not constants");
    return;
  }
  bool same = from.name == to.name;
  int limit = to.mods[0];
  if (IsLength(to.name)) {
    if (same && from.mods == to.mods) return;
    // A longer limit keeps every value, except for bit(n): its length is exact.
    if (same && to.name != "bit" && !from.mods.empty() && from.mods[0] <= limit) return;
    const char* unit = to.name == "bit" || to.name == "varbit" ? "bits" : "characters";
    if (to.name == "bit") {
      Add(c, ValueEffect::kMayFail,
          "fails if a value is not exactly " + std::to_string(limit) + " bits long");
    } else {
      Add(c, ValueEffect::kMayFail,
          "fails if a value is longer than " + std::to_string(limit) + " " + unit);
    }
    return;
  }
  if (to.name == "numeric") {
    int precision = to.mods[0];
    int scale = to.mods.size() > 1 ? to.mods[1] : 0;
    int integer_digits = precision - scale;
    if (IntRank(from.name) != 0) {
      if (integer_digits < IntDigits(from.name)) {
        Add(c, ValueEffect::kMayFail,
            "fails if a value has more than " + std::to_string(integer_digits) +
                " digits before the decimal point");
      }
      return;
    }
    if (same && !from.mods.empty() && from.mods_known) {
      int from_scale = from.mods.size() > 1 ? from.mods[1] : 0;
      int from_integer_digits = from.mods[0] - from_scale;
      if (scale < from_scale) {
        Add(c, ValueEffect::kLossy,
            "rounds values to " + std::to_string(scale) + " decimal places");
      }
      if (integer_digits < from_integer_digits) {
        Add(c, ValueEffect::kMayFail,
            "fails if a value has more than " + std::to_string(integer_digits) +
                " digits before the decimal point");
      }
      return;
    }
    Add(c, ValueEffect::kLossy, "rounds values to " + std::to_string(scale) + " decimal places");
    Add(c, ValueEffect::kMayFail,
        "fails if a value has more than " + std::to_string(integer_digits) +
            " digits before the decimal point");
    return;
  }
  if (IsTemporal(to.name)) {
    if (from.name == "date") return;  // no fractional seconds to round
    int from_precision = 6;           // PostgreSQL's default and maximum
    if (IsTemporal(from.name) && !from.mods.empty()) from_precision = from.mods[0];
    if (limit < from_precision) {
      Add(c, ValueEffect::kLossy,
          "rounds fractional seconds to " + std::to_string(limit) + " digits");
    }
    return;
  }
  if (same && from.mods == to.mods) return;
  if (to.name == "interval") {
    Add(c, ValueEffect::kLossy, "may drop interval fields or round its seconds");
    return;
  }
  Add(c, ValueEffect::kUnknown,
      "tidemark does not know what the modifiers of " + to.display + " do to values");
}

// The effect of converting between two different built-in base types.
void AddBaseConversion(const Type& from, const Type& to, Conversion* c) {
  const std::string& f = from.name;
  const std::string& t = to.name;
  int fi = IntRank(f);
  int ti = IntRank(t);
  bool f_float = f == "float4" || f == "float8";
  if (!IsString(from) && !IsString(to) && !CastContext(f, t)) {
    Add(c, ValueEffect::kNoCast,
        "PostgreSQL has no cast from " + from.display + " to " + to.display);
    return;
  }
  if (fi != 0 && ti != 0) {
    if (ti < fi)
      Add(c, ValueEffect::kMayFail, "fails if a value is out of range for " + to.display);
    return;
  }
  if (fi != 0 && t == "numeric") return;  // the precision is the modifiers' business
  if (fi != 0 && (t == "float4" || t == "float8")) {
    if ((t == "float4" && fi >= 2) || (t == "float8" && fi == 3)) {
      Add(c, ValueEffect::kLossy,
          std::string(t == "float4" ? "real keeps about 6" : "double precision keeps about 15") +
              " significant digits: larger values are rounded");
    }
    return;
  }
  if ((f == "numeric" || f_float) && ti != 0) {
    Add(c, ValueEffect::kLossy, "rounds values to whole numbers");
    Add(c, ValueEffect::kMayFail, "fails if a value is out of range for " + to.display);
    return;
  }
  if (f == "float4" && t == "float8") return;
  if ((f == "float8" || f == "numeric") && t == "float4") {
    Add(c, ValueEffect::kLossy, "rounds values to real's 6 significant digits");
    return;
  }
  if (f == "numeric" && t == "float8") {
    Add(c, ValueEffect::kLossy, "rounds values to double precision's 15 significant digits");
    return;
  }
  if (f_float && t == "numeric") {
    Add(c, ValueEffect::kLossy,
        std::string("keeps only ") + (f == "float4" ? "6" : "15") + " significant digits");
    return;
  }
  if (IsString(to)) {
    if (t == "name") Add(c, ValueEffect::kLossy, "cuts values to 63 bytes");
    return;  // every type prints as text
  }
  if ((f == "timestamp" || f == "timestamptz") && t == "date") {
    Add(c, ValueEffect::kLossy, "drops the time of day");
    return;
  }
  if ((f == "timestamp" || f == "timestamptz") && (t == "time" || t == "timetz")) {
    Add(c, ValueEffect::kLossy, "drops the date");
    return;
  }
  if (f == "date" && t == "timestamp") return;
  if ((f == "timestamptz" && t == "timestamp") || (f == "timetz" && t == "time")) {
    Add(c, ValueEffect::kLossy,
        "drops the time zone: values become local times of the session's TimeZone");
    return;
  }
  if ((f == "timestamp" || f == "date") && t == "timestamptz") {
    Add(c, ValueEffect::kLossy, "reads values as local times of the session's TimeZone");
    return;
  }
  if (f == "time" && t == "timetz") {
    Add(c, ValueEffect::kLossy, "gives values the session's time zone offset");
    return;
  }
  if (f == "time" && t == "interval") return;
  if (f == "json" && t == "jsonb") {
    Add(c, ValueEffect::kLossy,
        "jsonb drops duplicate keys, insignificant whitespace and key order");
    return;
  }
  if (f == "jsonb" && t == "json") return;
  if (f == "bool" && ti != 0) return;
  if (fi != 0 && t == "bool") {
    Add(c, ValueEffect::kLossy, "every non-zero value becomes true");
    return;
  }
  if (f == "varbit" && t == "bit") return;  // the length is the modifiers' business
  if (f == "bit" && t == "varbit") return;
  if (IsString(from) && t == "bytea") {
    Add(c, ValueEffect::kLossy, "reads text as bytea input, where backslashes are escapes");
    return;
  }
  if (IsString(from)) {
    Add(c, ValueEffect::kMayFail, "fails if a value is not a valid " + to.display);
    return;
  }
  Add(c, ValueEffect::kUnknown,
      "tidemark does not know whether converting " + from.display + " to " + to.display +
          " keeps every value");
}

}  // namespace

Conversion ConvertColumn(const pg_query::TypeName& from_name, const pg_query::TypeName& to_name) {
  Type from = Describe(from_name);
  Type to = Describe(to_name);
  Conversion c;
  c.effect = ValueEffect::kExact;
  if (from.array || to.array) {
    if (from.array && to.array && from.name == to.name && from.mods == to.mods) return c;
    c.effect = ValueEffect::kUnknown;
    c.needs_using = !IsString(to) || to.array;
    c.reason = "tidemark does not model conversions of arrays (" + from.display + " to " +
               to.display + ")";
    return c;
  }
  if (!from.builtin || !to.builtin) {
    if (from.name == to.name && from.mods == to.mods) return c;
    // Every type converts to a string type by assignment; anything else
    // between types tidemark does not know takes an explicit cast at best.
    c.needs_using = !IsString(to);
    c.effect = ValueEffect::kUnknown;
    c.reason =
        "tidemark does not know how PostgreSQL converts " + from.display + " to " + to.display;
    if (IsString(to)) AddTargetModifiers(from, to, &c);
    return c;
  }
  if (from.name != to.name) {
    std::optional<char> context = CastContext(from.name, to.name);
    // PostgreSQL's automatic I/O conversion casts: to a string type by
    // assignment, from one only explicitly.
    bool assignment = (context && *context != 'e') || (!context && IsString(to));
    c.needs_using = !assignment;
    AddBaseConversion(from, to, &c);
  }
  AddTargetModifiers(from, to, &c);
  return c;
}

bool PlainConversion(const pg_query::Node& expr, const std::string& column) {
  const pg_query::Node* e = &expr;
  while (e->has_type_cast()) e = &e->type_cast().arg();
  if (!e->has_column_ref()) return false;
  const auto& fields = e->column_ref().fields();
  return fields.size() == 1 && StringOf(fields[0]) == column;
}

pg_query::TypeName StoredType(const pg_query::TypeName& type) {
  pg_query::TypeName out = type;
  const auto& names = type.names();
  if (names.empty()) return out;
  std::string last = StringOf(names[names.size() - 1]);
  std::string real = last == "serial" || last == "serial4"        ? "int4"
                     : last == "bigserial" || last == "serial8"   ? "int8"
                     : last == "smallserial" || last == "serial2" ? "int2"
                                                                  : "";
  if (!real.empty()) {
    out.clear_names();
    *out.add_names() = MakeString("pg_catalog");
    *out.add_names() = MakeString(real);
  }
  return out;
}

std::string TypeDisplay(const pg_query::TypeName& type) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kNames{{
      {"int2", "smallint"},
      {"int4", "integer"},
      {"int8", "bigint"},
      {"float4", "real"},
      {"float8", "double precision"},
      {"bool", "boolean"},
      {"bpchar", "char"},
      {"varchar", "varchar"},
      {"timestamptz", "timestamp with time zone"},
      {"timestamp", "timestamp"},
      {"timetz", "time with time zone"},
      {"interval", "interval"},
  }};
  std::vector<std::string> names = Strings(type.names());
  std::string base = names.empty() ? "" : names.back();
  bool catalog = names.size() == 2 && names[0] == "pg_catalog";
  std::string out;
  if (catalog) {
    auto it =
        std::find_if(kNames.begin(), kNames.end(), [&](const auto& p) { return p.first == base; });
    out = it != kNames.end() ? std::string(it->second) : base;
  } else {
    for (size_t i = 0; i < names.size(); ++i) {
      if (i > 0) out += '.';
      out += QuoteIdentifier(names[i]);
    }
  }
  if (type.typmods_size() > 0) {
    out += '(';
    for (int i = 0; i < type.typmods_size(); ++i) {
      if (i > 0) out += ',';
      const pg_query::Node& m = type.typmods(i);
      if (m.has_a_const() && m.a_const().has_ival()) {
        out += std::to_string(m.a_const().ival().ival());
      } else {
        out += '?';
      }
    }
    out += ')';
  }
  for (int i = 0; i < type.array_bounds_size(); ++i) out += "[]";
  return out;
}

}  // namespace tidemark::analyzer
