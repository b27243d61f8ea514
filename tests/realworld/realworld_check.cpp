// Real-world checks on tests/realworld/corpus (see docs/realworld.md):
//
//   realworld_check [--model-every N] [--limit N] [--details N] [--no-hand-downs]
//                   [--report FILE] [--commit HASH] CORPUS_DIR [PROJECT...]
//
// For each project it applies migration after migration on a throwaway
// PostgreSQL and, after each Up:
//  - model vs server (every N migrations and after the last): the analyzer's
//    catalog, replayed from the same files, is rendered as SQL (CatalogSql),
//    built on an empty database, and that database's snapshot is compared
//    with the server's;
//  - generated Down: the Down `migrate undo` generates (the analysis with the
//    earlier migrations as history) runs, the schema is compared with the one
//    before Up (column order forgiven, as `migrate verify` does), then Up
//    runs again; the project's own Down is judged the same way.
// It prints a table per project and a total, and with --report writes them
// as markdown. Exit 1 when a generated Down that is offered (complete) does
// not restore the schema, or when a project's Up fails; 2 on bad usage.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <pqxx/pqxx>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "analyzer/analysis.h"
#include "analyzer/catalog.h"
#include "exec/catalog_snapshot.h"
#include "exec/runner.h"
#include "exec/scratch_postgres.h"
#include "parser/migration.h"

namespace fs = std::filesystem;
using tidemark::analyzer::Catalog;
using tidemark::analyzer::DownPart;
using tidemark::exec::CatalogSnapshot;
using tidemark::exec::CompareSnapshots;
using tidemark::exec::ScratchPostgres;
using tidemark::exec::SnapshotDiff;
using tidemark::parser::MigrationFile;

namespace {

struct Options {
  fs::path corpus;
  std::vector<std::string> projects;
  int model_every = 1;  // 0: only after the last migration
  bool hand_downs = true;
  size_t limit = 0;  // first N migrations of each project; 0: all
  std::string report;
  std::string commit;
  int details = 40;  // mismatch lines listed per project
};

struct Counts {
  int migrations = 0;
  int replayed = 0;  // Ups applied
  int model_checks = 0;
  long objects_compared = 0;                      // server snapshot lines, summed over checks
  std::map<std::string, std::string> mismatches;  // distinct diff line -> first file
  int order_notes = 0;
  int changing = 0;  // schema-changing migrations
  int gen_offered = 0;
  int gen_restore = 0;
  int gen_wrong = 0;  // offered, and does not restore (or fails)
  int hand_present = 0;
  int hand_restore = 0;
  int hand_wrong = 0;
  std::vector<std::string> wrong;  // "file: what" for generated Downs
  std::string stopped;             // why the project stopped early

  void Add(const Counts& o) {
    migrations += o.migrations;
    replayed += o.replayed;
    model_checks += o.model_checks;
    objects_compared += o.objects_compared;
    for (const auto& m : o.mismatches) mismatches.insert(m);
    order_notes += o.order_notes;
    changing += o.changing;
    gen_offered += o.gen_offered;
    gen_restore += o.gen_restore;
    gen_wrong += o.gen_wrong;
    hand_present += o.hand_present;
    hand_restore += o.hand_restore;
    hand_wrong += o.hand_wrong;
  }
};

// A refused statement "SQL: ERROR: ..." cut to its start and its error.
std::string Shorten(const std::string& failure) {
  size_t error = failure.rfind(": ERROR:");
  if (error == std::string::npos || error <= 100) return failure.substr(0, 240);
  return failure.substr(0, 100) + "..." + failure.substr(error, 140);
}

// "server-only index" / "model-only column": where, and the line's first word.
std::string KindOf(const std::string& side, const std::string& line) {
  return side + " " + line.substr(0, line.find(' '));
}

std::map<std::string, int> ByKind(const Counts& c) {
  std::map<std::string, int> out;
  for (const auto& [line, file] : c.mismatches) out[line.substr(0, line.find(": "))]++;
  return out;
}

class ProjectRun {
 public:
  ProjectRun(ScratchPostgres& cluster, const std::string& name,
             const std::vector<MigrationFile>& files, const Options& options)
      : cluster_(cluster), name_(name), files_(files), options_(options) {}

  Counts Run() {
    counts_.migrations = static_cast<int>(files_.size());
    analyses_ = tidemark::analyzer::AnalyzeSequence(files_);
    Fresh();
    CatalogSnapshot before = Snap();
    for (size_t i = 0; i < files_.size(); ++i) {
      const MigrationFile& file = files_[i];
      model_.ApplyMigration(file);
      tidemark::exec::StepResult r = runner_->Run(UpStep(file), "up");
      if (!r.ok) {
        counts_.stopped = file.filename + ": Up failed at " + r.failed_at + ": " + r.error;
        break;
      }
      counts_.replayed++;
      CatalogSnapshot after = Snap();
      bool last = i + 1 == files_.size();
      if (last || (options_.model_every > 0 && (i + 1) % options_.model_every == 0)) {
        CheckModel(file, after);
      }
      if (!CompareSnapshots(before, after).equal()) {
        counts_.changing++;
        const auto& down = analyses_[i].down;
        if (tidemark::analyzer::DownComplete(down) && HasStatements(down)) {
          counts_.gen_offered++;
          std::string why;
          if (TryDown(i, GeneratedDown(file, down), before, after, &why)) {
            counts_.gen_restore++;
          } else {
            counts_.gen_wrong++;
            counts_.wrong.push_back(file.filename + ": " + why);
          }
        }
        const tidemark::parser::Section* hand = file.EffectiveDown();
        if (options_.hand_downs && hand != nullptr && !hand->empty()) {
          counts_.hand_present++;
          std::string why;
          tidemark::exec::Step step =
              tidemark::exec::MakeStep(file.version.text(), file.filename, file.path(),
                                       hand->statements, hand->notransaction);
          if (TryDown(i, step, before, after, &why)) {
            counts_.hand_restore++;
          } else {
            counts_.hand_wrong++;
          }
        }
      }
      before = std::move(after);
    }
    if (!db_.empty()) cluster_.DropDatabase(db_);
    return counts_;
  }

 private:
  static bool HasStatements(const std::vector<DownPart>& down) {
    for (const auto& p : down) {
      if (p.generated && !p.sql.empty()) return true;
    }
    return false;
  }

  static tidemark::exec::Step UpStep(const MigrationFile& file) {
    return tidemark::exec::MakeStep(file.version.text(), file.filename, file.path(),
                                    file.up.statements, file.up.notransaction);
  }

  // The generated Down as `migrate undo` writes it, split like a file's section.
  tidemark::exec::Step GeneratedDown(const MigrationFile& file, const std::vector<DownPart>& down) {
    generated_.push_back(tidemark::parser::ParseMigration(
        "generated Down of " + file.filename,
        "-- +migrate Up\n" + tidemark::analyzer::RenderDown(down)));
    const MigrationFile& g = generated_.back();
    return tidemark::exec::MakeStep(file.version.text(), file.filename, g.path(), g.up.statements,
                                    tidemark::analyzer::DownNeedsNoTransaction(down));
  }

  // Runs a Down right after migration i's Up, compares with `before`, then
  // runs the Up again; a database left in neither state is rebuilt.
  bool TryDown(size_t i, const tidemark::exec::Step& down, const CatalogSnapshot& before,
               const CatalogSnapshot& after, std::string* why) {
    tidemark::exec::StepResult r = runner_->Run(down, "down");
    bool restored = false;
    if (!r.ok) {
      *why = "Down failed at " + r.failed_at + ": " + r.error;
      if (r.partial) Rebuild(i);
      return false;
    }
    SnapshotDiff diff = CompareSnapshots(before, Snap());
    restored = diff.equal();
    if (!restored) {
      *why = "not restored:";
      int shown = 0;
      for (const auto& m : diff.missing) {
        if (shown++ < 3) *why += " missing {" + m + "}";
      }
      for (const auto& u : diff.unexpected) {
        if (shown++ < 3) *why += " left {" + u + "}";
      }
      Rebuild(i);
      return false;
    }
    r = runner_->Run(UpStep(files_[i]), "up again");
    if (!r.ok || !CompareSnapshots(after, Snap()).equal()) Rebuild(i);
    return restored;
  }

  void Fresh() {
    if (!db_.empty()) cluster_.DropDatabase(db_);
    db_ = cluster_.CreateDatabase("rw_" + name_);
    conn_ = std::make_unique<pqxx::connection>(cluster_.ConnectionString(db_));
    runner_ = std::make_unique<tidemark::exec::Runner>(
        *conn_, nullptr,
        [](const std::string&, const tidemark::exec::Step&, const tidemark::exec::StepStatement&,
           double) {});
  }

  void Rebuild(size_t upto) {
    runner_.reset();
    conn_.reset();
    Fresh();
    for (size_t j = 0; j <= upto; ++j) runner_->Run(UpStep(files_[j]), "rebuild");
  }

  CatalogSnapshot Snap() const {
    tidemark::exec::SnapshotOptions options;
    return tidemark::exec::TakeSnapshot(cluster_.ConnectionString(db_), options);
  }

  void Mismatch(const std::string& line, const MigrationFile& file) {
    counts_.mismatches.emplace(line, file.filename);
  }

  // Builds the model on an empty database and compares its snapshot.
  void CheckModel(const MigrationFile& file, const CatalogSnapshot& server) {
    counts_.model_checks++;
    counts_.objects_compared += static_cast<long>(server.lines.size());
    std::string db = cluster_.CreateDatabase("rw_model");
    std::vector<std::string> failures;
    CatalogSnapshot built =
        tidemark::exec::ModelSnapshot(model_, cluster_.ConnectionString(db), &failures);
    cluster_.DropDatabase(db);
    for (const auto& f : failures) Mismatch("model-sql: " + Shorten(f), file);
    SnapshotDiff diff = CompareSnapshots(server, built);
    for (const auto& m : diff.missing) Mismatch(KindOf("server-only", m) + ": " + m, file);
    for (const auto& u : diff.unexpected) Mismatch(KindOf("model-only", u) + ": " + u, file);
    counts_.order_notes += static_cast<int>(diff.order_notes.size());
  }

  ScratchPostgres& cluster_;
  std::string name_;
  const std::vector<MigrationFile>& files_;
  const Options& options_;
  std::vector<tidemark::analyzer::MigrationAnalysis> analyses_;
  std::vector<MigrationFile> generated_;
  Catalog model_;
  std::string db_;
  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<tidemark::exec::Runner> runner_;
  Counts counts_;
};

std::string Percent(int part, int whole) {
  if (whole == 0) return "-";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * part / whole);
  return buf;
}

std::string Row(const std::string& name, const Counts& c) {
  std::ostringstream s;
  s << "| " << name << " | " << c.migrations << " | " << c.replayed << " | " << c.model_checks
    << " | " << c.objects_compared << " | " << c.mismatches.size() << " | " << c.changing << " | "
    << c.gen_offered << " | " << c.gen_restore << " (" << Percent(c.gen_restore, c.changing)
    << ") | " << c.gen_wrong << " | " << c.hand_present << " | " << c.hand_restore << " ("
    << Percent(c.hand_restore, c.changing) << ") | " << c.hand_wrong << " |\n";
  return s.str();
}

std::string Table(const std::vector<std::pair<std::string, Counts>>& results, const Counts& total) {
  std::string out =
      "| project | migrations | replayed | model checks | objects compared | model mismatches "
      "(distinct) | schema-changing | generated Downs offered | generated restore | generated "
      "offered, not restoring | hand-written Downs | hand-written restore | hand-written not "
      "restoring |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  for (const auto& [name, c] : results) out += Row(name, c);
  out += Row("**total**", total);
  return out;
}

std::string Details(const std::vector<std::pair<std::string, Counts>>& results, int details) {
  std::string out;
  for (const auto& [name, c] : results) {
    out += "\n### " + name + "\n\n";
    if (!c.stopped.empty()) out += "Stopped early: " + c.stopped + "\n\n";
    out += "Model mismatches by kind:";
    auto kinds = ByKind(c);
    if (kinds.empty()) out += " none";
    out += "\n\n";
    for (const auto& [kind, n] : kinds)
      out.append("- ").append(kind).append(": ").append(std::to_string(n)).append("\n");
    int shown = 0;
    for (const auto& [line, file] : c.mismatches) {
      if (shown++ == 0) out += "\nFirst of them (where first seen):\n\n";
      if (shown > details) break;
      out.append("- `").append(line).append("` (").append(file).append(")\n");
    }
    if (!c.wrong.empty()) out += "\nGenerated Downs offered that do not restore:\n\n";
    for (const auto& w : c.wrong) out.append("- ").append(w).append("\n");
  }
  return out;
}

int Usage() {
  std::cerr << "usage: realworld_check [--model-every N] [--limit N] [--details N] "
               "[--no-hand-downs] [--report FILE] "
               "[--commit HASH] CORPUS_DIR [PROJECT...]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--model-every" && i + 1 < argc) {
      options.model_every = std::stoi(argv[++i]);
    } else if (a == "--limit" && i + 1 < argc) {
      options.limit = std::stoul(argv[++i]);
    } else if (a == "--details" && i + 1 < argc) {
      options.details = std::stoi(argv[++i]);
    } else if (a == "--no-hand-downs") {
      options.hand_downs = false;
    } else if (a == "--report" && i + 1 < argc) {
      options.report = argv[++i];
    } else if (a == "--commit" && i + 1 < argc) {
      options.commit = argv[++i];
    } else if (!a.empty() && a[0] == '-') {
      return Usage();
    } else {
      positional.push_back(a);
    }
  }
  if (positional.empty()) return Usage();
  options.corpus = positional[0];
  options.projects.assign(positional.begin() + 1, positional.end());
  if (options.projects.empty()) {
    std::set<std::string> found;
    for (const auto& entry : fs::directory_iterator(options.corpus)) {
      if (fs::is_directory(entry.path() / "migrations")) found.insert(entry.path().filename());
    }
    options.projects.assign(found.begin(), found.end());
  }
  if (options.projects.empty()) {
    std::cerr << "realworld_check: no project (a folder with migrations/) in "
              << options.corpus.string() << "\n";
    return 2;
  }

  const char* shared = std::getenv("TIDEMARK_TEST_SOCKET_DIR");
  std::unique_ptr<ScratchPostgres> cluster = shared != nullptr && *shared != '\0'
                                                 ? ScratchPostgres::Attach(shared)
                                                 : ScratchPostgres::Start();
  std::vector<std::pair<std::string, Counts>> results;
  Counts total;
  bool failed = false;
  for (const auto& name : options.projects) {
    fs::path dir = options.corpus / name / "migrations";
    if (!fs::is_directory(dir)) {
      std::cout << name << ": skipped: " << dir.string()
                << " is absent (its licence keeps it out of the repository; run "
                   "tests/realworld/convert.py to make it)\n";
      continue;
    }
    tidemark::parser::MigrationSet set = tidemark::parser::LoadDirectory(dir);
    if (set.HasErrors()) {
      std::cout << name << ": the corpus does not load\n";
      failed = true;
      continue;
    }
    auto start = std::chrono::steady_clock::now();
    if (options.limit > 0 && set.migrations.size() > options.limit) {
      set.migrations.resize(options.limit);
    }
    Counts c = ProjectRun(*cluster, name, set.migrations, options).Run();
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << name << ": " << c.replayed << "/" << c.migrations << " migrations in " << seconds
              << " s\n";
    if (!c.stopped.empty() || c.gen_wrong > 0) failed = true;
    total.Add(c);
    results.emplace_back(name, std::move(c));
  }
  std::string table = Table(results, total);
  std::string details = Details(results, options.details);
  std::cout << "\n" << table << details;
  if (!options.report.empty()) {
    std::time_t now = std::time(nullptr);
    char date[32];
    std::strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", std::gmtime(&now));
    std::ofstream out(options.report, std::ios::trunc);
    out << "# Real-world corpus: the model and generated Downs against PostgreSQL\n\n"
        << "Written by `scripts/realworld.sh` (do not edit by hand): " << date << ", commit "
        << (options.commit.empty() ? "unknown" : options.commit) << ", model checked every "
        << options.model_every << " migration(s) (0: after the last)"
        << (options.limit > 0 ? ", first " + std::to_string(options.limit) + " per project" : "")
        << ".\n\n"
        << "What the columns mean, how the corpus is made and what the checks do: "
           "[tests/realworld/README.md](../tests/realworld/README.md).\n\n"
        << table << "\n## Per project\n"
        << details;
  }
  return failed ? 1 : 0;
}
