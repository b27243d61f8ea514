// down-does-not-reverse: the Down does not undo what the Up does, as the
// analyzer sees it; or it drops data the Up never added.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "analyzer/lint/effects.h"
#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

// One thing the Down must do.
struct Expectation {
  std::string key;
  std::vector<std::string> owners;
  std::string text;  // "drops column users.phone"
};

// What undoing `p` takes: the inverse of the statement's own effects; where
// lint models none, the effects of the analyzer's generated Down. Nothing
// when the analyzer says the statement cannot be undone.
std::vector<Expectation> Expected(const ParsedStatement& p) {
  std::vector<Expectation> out;
  const StatementAnalysis* a = p.analysis;
  if (a != nullptr && !a->kind.empty() && a->reversibility == Reversibility::kIrreversible) {
    return out;  // irreversible-up-with-down speaks about it
  }
  std::vector<std::string> up_owners;
  for (Effect& e : EffectsOf(*p.node)) {
    up_owners.insert(up_owners.end(), e.owners.begin(), e.owners.end());
    if (!e.inverse.empty()) out.push_back({e.inverse, e.owners, e.undo});
  }
  if (!out.empty() || a == nullptr) return out;
  for (const DownPart& part : a->down) {
    if (!part.generated || part.sql.empty()) continue;
    ParseTree tree = ParseTree::Parse(part.sql);
    if (!tree.ok()) continue;
    for (int i = 0; i < tree.size(); ++i) {
      for (Effect& e : EffectsOf(tree.stmt(i))) {
        // What owns the Up statement's objects owns what its Down touches.
        std::vector<std::string> owners = e.owners;
        owners.insert(owners.end(), up_owners.begin(), up_owners.end());
        out.push_back({e.key, std::move(owners), e.what});
      }
    }
  }
  return out;
}

class DownDoesNotReverse : public Rule {
 public:
  DownDoesNotReverse()
      : Rule({
            .id = "down-does-not-reverse",
            .severity = Severity::kError,
            .family = Family::kDown,
            .summary = "the Down does not undo what the Up does, or drops what the Up never added",
            .help = "make the Down the exact reverse of the Up, newest change first; `tidemark "
                    "migrate undo FILE` prints the Down tidemark derives",
            .sections = kDownSection,
        }) {}

  void CheckFile(const FileContext& f, const RuleOptions&, Emitter& out) const override {
    if (f.down == nullptr) return;
    const auto opaque = [](const ParsedStatement& p) {
      return p.node == nullptr || IsOpaque(*p.node);
    };
    bool down_opaque = std::any_of(f.down_statements.begin(), f.down_statements.end(), opaque);
    bool up_opaque = std::any_of(f.up_statements.begin(), f.up_statements.end(), opaque);

    std::set<std::string> up_keys;
    for (const ParsedStatement& p : f.up_statements) {
      if (p.node == nullptr) continue;
      for (const Effect& e : EffectsOf(*p.node)) {
        up_keys.insert(e.key);
        // What the Up creates and then renames is created under its new name too.
        if (e.key.rfind("rename ", 0) == 0) {
          size_t last = e.key.rfind(' ');
          size_t mid = e.key.rfind(' ', last - 1);
          std::string kind = e.key.substr(7, mid - 7);
          if (up_keys.count("create " + kind + " " + e.key.substr(mid + 1, last - mid - 1)) != 0 ||
              up_keys.count("add " + kind + " " + e.key.substr(mid + 1, last - mid - 1)) != 0) {
            up_keys.insert("create " + kind + " " + e.key.substr(last + 1));
          }
        }
      }
    }
    std::set<std::string> down_keys;
    for (const ParsedStatement& p : f.down_statements) {
      if (p.node == nullptr) continue;
      for (const Effect& e : EffectsOf(*p.node)) down_keys.insert(e.key);
    }

    // Every Up change must be undone (unless a later Up statement undid it).
    if (!down_opaque) {
      for (size_t i = 0; i < f.up_statements.size(); ++i) {
        const ParsedStatement& p = f.up_statements[i];
        if (p.node == nullptr) continue;
        std::vector<std::string> missing;
        for (const Expectation& x : Expected(p)) {
          if (down_keys.count(x.key) != 0) continue;
          bool owner_dropped =
              std::any_of(x.owners.begin(), x.owners.end(),
                          [&](const std::string& o) { return down_keys.count("drop " + o) != 0; });
          if (owner_dropped || UndoneWithinUp(f, i, x.key) ||
              RenamedAndDropped(f, i, x.key, down_keys, up_keys)) {
            continue;
          }
          missing.push_back(x.text);
        }
        if (missing.empty()) continue;
        std::string list = missing.front();
        if (missing.size() > 1) list += fmt::format(" (and {} more)", missing.size() - 1);
        out.ReportStatement(
            f.file->source, *p.statement,
            fmt::format("the Down does not undo this statement: it never {}", list));
      }
    }

    // A Down that deletes data the Up never added.
    if (up_opaque) return;
    for (const ParsedStatement& p : f.down_statements) {
      if (p.node == nullptr) continue;
      for (const Effect& e : EffectsOf(*p.node)) {
        if (!e.destructive || e.inverse.empty() || up_keys.count(e.inverse) != 0) continue;
        out.ReportStatement(*f.down_source, *p.statement,
                            fmt::format("the Down {}, which the Up never added: rolling back "
                                        "would delete data this migration did not create",
                                        e.what));
      }
    }
  }

 private:
  // True when another Up statement has the effect `key`: the Up creates a
  // scratch table and drops it again, or drops what it created earlier.
  static bool UndoneWithinUp(const FileContext& f, size_t index, const std::string& key) {
    for (size_t j = 0; j < f.up_statements.size(); ++j) {
      const ParsedStatement& other = f.up_statements[j];
      if (j == index || other.node == nullptr) continue;
      for (const Effect& e : EffectsOf(*other.node)) {
        if (e.key == key) return true;
      }
    }
    return false;
  }

  // "drop table draft" also matches "drop table final" when a later Up
  // statement renamed draft to final; a rename of an object the Up created
  // needs no reverse of its own.
  static bool RenamedAndDropped(const FileContext& f, size_t index, const std::string& key,
                                const std::set<std::string>& down_keys,
                                const std::set<std::string>& up_keys) {
    auto split = [](const std::string& k, std::vector<std::string>* words) {
      words->clear();
      size_t start = 0;
      while (start <= k.size()) {
        size_t space = k.find(' ', start);
        if (space == std::string::npos) space = k.size();
        words->push_back(k.substr(start, space - start));
        start = space + 1;
      }
    };
    std::vector<std::string> w;
    split(key, &w);
    if (w.size() == 3 && w[0] == "drop") {
      std::string name = w[2];
      for (size_t j = index + 1; j < f.up_statements.size(); ++j) {
        if (f.up_statements[j].node == nullptr) continue;
        for (const Effect& e : EffectsOf(*f.up_statements[j].node)) {
          std::vector<std::string> r;
          split(e.key, &r);
          if (r.size() == 4 && r[0] == "rename" && r[1] == w[1] && r[2] == name) name = r[3];
        }
      }
      return down_keys.count("drop " + w[1] + " " + name) != 0;
    }
    if (w.size() == 4 && w[0] == "rename") {
      // Reversing "rename K old new" is "rename K new old": not needed when K old was created here.
      return up_keys.count("create " + w[1] + " " + w[3]) != 0;
    }
    return false;
  }
};

}  // namespace

std::unique_ptr<Rule> MakeDownDoesNotReverseRule() {
  return std::make_unique<DownDoesNotReverse>();
}

}  // namespace tidemark::analyzer::lint
