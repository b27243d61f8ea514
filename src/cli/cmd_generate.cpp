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
#include "cli/analyze_support.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"

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
         if (want_down && !input.up.empty()) {
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

         std::vector<std::pair<fs::path, std::string>> files;
         if (combined) {
           files.emplace_back(up_path, up_marker + "\n" + body + "\n" + down_section);
         } else {
           files.emplace_back(up_path, up_marker + "\n" + body);
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
