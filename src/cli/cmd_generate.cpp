// `tidemark migrate generate --label L ...`: a new timestamped migration,
// with pg-flux's file rules: `--format combined` writes one file with the
// analyzer's Down section, `--generate-undo` a separate `_undo.sql` with it,
// neither only the forward file.
#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>

#include "analyzer/analysis.h"
#include "analyzer/parse_tree.h"
#include "analyzer/schema.h"
#include "cli/analyze_support.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/report_lint.h"

namespace tidemark::cli {
namespace {

namespace fs = std::filesystem;

// File names are at most 255 bytes; labels are cut well before that.
constexpr size_t kMaxLabelBytes = 80;

std::string FormatVersion(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%d_%H%M%S", &tm);
  return buf;
}

// "20260520_103245" as a time, when the version has that form.
std::optional<std::time_t> TimestampOf(const std::string& version) {
  std::tm tm{};
  const char* end = strptime(version.c_str(), "%Y%m%d_%H%M%S", &tm);
  if (end == nullptr || *end != '\0' || version.size() != 15) return std::nullopt;
  return timegm(&tm);
}

// A new version: the current UTC time, unless a file in `dir` has that
// version or a later one (two calls in one second, a clock behind): then one
// second after the newest. Unique, and sorts after every existing version.
std::optional<std::string> NextVersion(const fs::path& dir, std::string* newest_out) {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::string candidate = FormatVersion(now);
  std::optional<parser::Version> newest;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    auto name = parser::ParseMigrationName(it->path().filename().string());
    if (name && (!newest || *newest < name->version)) newest = name->version;
  }
  if (!newest || *newest < *parser::Version::Parse(candidate)) return candidate;
  *newest_out = newest->text();
  auto t = TimestampOf(newest->text());
  if (!t) return std::nullopt;
  return FormatVersion(*t + 1);
}

// The Up section's body text of `input` (all of it when it has no marker).
std::string UpBody(const parser::MigrationFile& f) {
  if (!f.has_markers) return f.source.text();
  return f.source.text().substr(f.up.begin, f.up.end - f.up.begin);
}

// The Up as section text, a hazard comment above each statement that has one.
std::string PlannedUp(const analyzer::SchemaMigration& plan) {
  std::string out;
  for (size_t i = 0; i < plan.up.size(); ++i) {
    const analyzer::DownPart& p = plan.up[i];
    if (!p.comment.empty()) out += "-- tidemark: " + p.comment + "\n";
    if (!p.generated || p.sql.empty()) continue;
    if (!plan.up_hazards[i].empty()) out += "-- tidemark: hazard: " + plan.up_hazards[i] + "\n";
    out += p.sql + ";\n";
  }
  return out;
}

struct Declarative {
  std::string up_section;    // with its marker
  std::string down_section;  // with its marker
  std::string lint_notes;    // "-- tidemark: lint: ..." lines, when lint fails it
  bool nothing = false;      // the migrations already give the schema
};

// Lint at the configured severities of `text` as the newest migration after
// `history`: a comment line per finding that fails it ("" when none does).
std::string LintNotes(const Context& ctx, std::vector<parser::MigrationFile> history,
                      const std::string& text) {
  std::vector<std::string> errors;
  analyzer::lint::LintConfig config = ConfiguredLint(ctx, &errors);
  parser::Severity fail_on = config.fail_on.value_or(analyzer::lint::kDefaultFailOn);
  history.push_back(parser::ParseMigration("generated.sql", text));
  std::vector<analyzer::MigrationAnalysis> analyses = analyzer::AnalyzeSequence(history);
  analyzer::lint::Linter linter(config);
  analyzer::lint::FileResult result = linter.Lint(history.back(), &analyses.back());
  std::string out;
  for (const auto& f : result.findings) {
    if (!analyzer::lint::AtLeast(f.severity, fail_on)) continue;
    out += fmt::format("-- tidemark: lint fails this migration: {}: {}\n", f.rule, f.message);
  }
  return out;
}

// Declarative generate: the migration from what `dir`'s migrations give to
// what `schema_dir` declares, and its Down, both proven on the model.
std::optional<Declarative> FromSchema(Context& ctx, const fs::path& dir, const fs::path& schema_dir,
                                      bool allow_drops, int* exit_code) {
  std::optional<DeclaredSchema> declared = LoadDeclaredSchema(ctx, schema_dir);
  std::optional<ReplayedMigrations> replayed =
      declared ? LoadReplayedMigrations(ctx, dir) : std::nullopt;
  if (!replayed) {
    *exit_code = kExitUsage;
    return std::nullopt;
  }
  analyzer::PlanOptions options;
  options.concurrent_indexes = true;
  options.renames = declared->renames;
  const analyzer::Catalog& current = replayed->catalog;
  const analyzer::Catalog& desired = declared->catalog;
  analyzer::SchemaMigration plan = analyzer::PlanSchemaMigration(current, desired, options);
  Declarative out;
  if (plan.empty()) {
    out.nothing = true;
    return out;
  }
  size_t dropped = plan.dropped_tables.size();
  if (!allow_drops && dropped > 0 &&
      (dropped == plan.current_tables || dropped * 2 > plan.current_tables)) {
    ctx.Error(fmt::format(
        "the schema in {} drops {} of the {} tables the migrations create ({}): refused as a "
        "mass drop; pass --allow-drops if that is meant",
        schema_dir.string(), dropped, plan.current_tables, fmt::join(plan.dropped_tables, ", ")));
    *exit_code = kExitFailure;
    return std::nullopt;
  }
  out.up_section = "-- +migrate Up";
  if (analyzer::DownNeedsNoTransaction(plan.up)) {
    out.up_section +=
        " notransaction\n"
        "-- tidemark: CREATE INDEX CONCURRENTLY cannot run in a transaction, so these statements "
        "run one by one: a failure stops at the failing one";
  }
  out.up_section += "\n";
  if (!plan.up_proven()) {
    out.up_section +=
        "-- tidemark: replayed on the model, this Up does not give the schema files' schema; "
        "still to do:\n";
    for (const auto& p : plan.up_left) {
      out.up_section += "--   " + (p.generated ? p.sql : p.comment) + "\n";
    }
    ctx.Warn("the generated Up does not give all of the schema: see the -- tidemark: lines");
  }
  out.up_section += PlannedUp(plan);
  if (plan.down_proven()) {
    out.down_section = DownSectionText(plan.down);
  } else {
    std::vector<analyzer::DownPart> down = plan.down;
    down.push_back(
        analyzer::DownPart{"", false,
                           "replayed on the model after the Up, this Down does not give back the "
                           "migrations' schema",
                           false});
    out.down_section = DownSectionText(down);
  }
  out.lint_notes =
      LintNotes(ctx, std::move(replayed->migrations), out.up_section + "\n" + out.down_section);
  return out;
}

}  // namespace

void RegisterGenerate(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd =
      migrate->add_subcommand("generate", "Write a new timestamped migration (and its Down)");
  struct Opts {
    std::string label;
    std::string format;
    bool generate_undo = false;
    std::string from;
    bool dry_run = false;
    std::string schema_dir;
    bool allow_drops = false;
  };
  auto o = std::make_shared<Opts>();
  cmd->add_option("--label", o->label, "What the migration does (turned into snake_case)")
      ->required();
  cmd->add_option("--format", o->format,
                  "combined: one file with the generated Down; separate (default): the forward "
                  "file, and an _undo.sql with --generate-undo")
      ->check(CLI::IsMember({"combined", "separate"}));
  cmd->add_flag("--generate-undo", o->generate_undo,
                "Write the generated Down into VERSION_label_undo.sql (combined: into the file)");
  cmd->add_option("--from", o->from, "Read the Up SQL from FILE (- for stdin)");
  cmd->add_flag("--dry-run", o->dry_run, "Print what would be written; write nothing");
  cmd->add_option("--schema-dir", o->schema_dir,
                  "Write the migration from the schema files in DIR (default: schema_dir of the "
                  "config, else schema/ when it exists); see docs/declarative.md");
  cmd->add_flag("--allow-drops", o->allow_drops,
                "With schema files: allow a migration that drops more than half of the tables");
  commands->push_back(
      {cmd, [o, cmd](Context& ctx) {
         std::string format = !o->format.empty()
                                  ? o->format
                                  : ctx.config.migrate_format.value_or(kDefaultMigrateFormat);
         bool combined = format == "combined";
         bool generate_undo =
             o->generate_undo || ctx.config.generate_undo.value_or(kDefaultGenerateUndo);
         bool want_down = combined || generate_undo;
         std::string label = parser::ToSnakeCase(o->label);
         if (label.empty()) {
           ctx.Error("--label must contain a letter or digit");
           return kExitUsage;
         }
         if (label.size() > kMaxLabelBytes) {
           size_t cut = kMaxLabelBytes;
           // Not inside a UTF-8 sequence, and no trailing underscore.
           while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;
           while (cut > 0 && label[cut - 1] == '_') --cut;
           label.resize(cut);
           ctx.Warn(fmt::format("--label is long: cut to {} bytes in the file name ({})",
                                label.size(), label));
         }
         std::string up_text;
         if (o->from == "-") {
           up_text.assign(std::istreambuf_iterator<char>(std::cin), {});
         } else if (!o->from.empty()) {
           std::ifstream in(o->from, std::ios::binary);
           if (!in) {
             ctx.Error(o->from + ": cannot read");
             return kExitUsage;
           }
           up_text.assign(std::istreambuf_iterator<char>(in), {});
         }
         fs::path dir(ctx.options.dir);
         std::string newest;
         std::optional<std::string> next = NextVersion(dir, &newest);
         if (!next) {
           ctx.Error(fmt::format(
               "the newest version in {} is {}, later than now and not a YYYYMMDD_HHMMSS "
               "timestamp: name the new file by hand with a version after it",
               dir.string(), newest));
           return kExitUsage;
         }
         const std::string& version = *next;
         fs::path up_path = dir / (version + "_" + label + ".sql");
         fs::path undo_path = dir / (version + "_" + label + "_undo.sql");

         // Declarative: schema files give the migration, unless --from does.
         std::string schema_dir = o->schema_dir;
         if (schema_dir.empty() && o->from.empty()) {
           std::string configured = ConfiguredSchemaDir(ctx);
           std::error_code ec;
           if (ctx.config.schema_dir || fs::is_directory(configured, ec)) schema_dir = configured;
         }
         if (!schema_dir.empty() && !o->from.empty()) {
           ctx.Error("--schema-dir and --from both give the migration: use one");
           return kExitUsage;
         }
         std::optional<Declarative> declared;
         if (!schema_dir.empty()) {
           int code = kExitOk;
           declared = FromSchema(ctx, dir, schema_dir, o->allow_drops, &code);
           if (!declared) return code;
           if (declared->nothing) {
             ctx.Err() << "tidemark: the migrations in " << dir.string()
                       << " already give the schema in " << schema_dir << ": nothing to generate\n";
             return kExitOk;
           }
         }

         parser::MigrationFile input =
             parser::ParseMigration(o->from.empty() ? "template" : o->from, up_text);
         std::string body = o->from.empty() ? "-- Write the Up SQL here.\n" : UpBody(input);
         if (!body.empty() && body.back() != '\n') body += "\n";
         std::string up_marker = "-- +migrate Up";
         bool up_notransaction = input.up.notransaction;
         for (const auto& st : input.up.statements) {
           // CREATE INDEX CONCURRENTLY and friends cannot run in a transaction.
           if (st.parsed && analyzer::NeedsNoTransaction(std::string_view(st.sql))) {
             up_notransaction = true;
           }
         }
         if (up_notransaction) up_marker += " notransaction";

         std::string down_section;  // including its marker
         if (declared) {
           if (want_down) down_section = declared->down_section;
         } else if (want_down && !input.up.empty()) {
           parser::MigrationSet set;
           std::error_code ec;
           if (fs::is_directory(dir, ec)) set = parser::LoadDirectory(dir);
           // The new migration is the newest: analyze it after all of the directory.
           std::vector<parser::MigrationFile> seq = std::move(set.migrations);
           seq.push_back(parser::ParseMigration(up_path.string(), up_marker + "\n" + body));
           auto analyses = analyzer::AnalyzeSequence(seq);
           const auto& a = analyses.back();
           down_section = DownSectionText(a);
           if (!ctx.options.quiet) {
             ctx.Err() << "tidemark: generated Down: " << analyzer::ReversibilityName(a.worst)
                       << (analyzer::DownComplete(a.down)
                               ? ""
                               : " (incomplete: written as -- +migrate Down irreversible)")
                       << "\n";
           }
         } else if (want_down) {
           down_section = "-- +migrate Down\n-- Write the Down SQL here.\n";
         }

         std::string up_section = declared ? declared->up_section : up_marker + "\n" + body;
         if (declared && !declared->lint_notes.empty()) {
           up_section = declared->lint_notes + up_section;
           ctx.Warn("lint fails the generated migration: see the -- tidemark: lint lines");
         }
         std::vector<std::pair<fs::path, std::string>> files;
         if (combined) {
           files.emplace_back(up_path, up_section + "\n" + down_section);
         } else {
           files.emplace_back(up_path, up_section);
           if (generate_undo) files.emplace_back(undo_path, down_section);
         }
         // Nothing is written when any of the files exists already.
         for (const auto& file : files) {
           if (!o->dry_run && fs::exists(file.first)) {
             ctx.Error(file.first.string() + " already exists");
             return kExitFailure;
           }
         }
         for (const auto& [path, text] : files) {
           if (o->dry_run) {
             ctx.Out() << "-- would write " << path.string() << "\n" << text << "\n";
             continue;
           }
           std::error_code ec;
           fs::create_directories(dir, ec);
           std::ofstream out(path, std::ios::binary);
           out << text;
           if (!out) {
             ctx.Error(path.string() + ": cannot write");
             return kExitFailure;
           }
           ctx.Out() << "created " << path.string() << "\n";
         }
         return kExitOk;
       }});
}

}  // namespace tidemark::cli
