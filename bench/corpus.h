#pragma once

// A generated corpus of migration files shared by the benchmarks: `files`
// combined-format migrations of about `statements` Up statements each, with
// a Down section, a mix of DDL, DML, dollar-quoted bodies and comments.

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace tidemark::bench {

inline std::string CorpusMigration(int n, int statements) {
  std::string up;
  std::string down;
  for (int i = 0; i < statements; ++i) {
    std::string t = fmt::format("t_{}_{}", n, i / 5);
    switch (i % 10) {
      case 0:
        up += fmt::format(
            "-- table {}\nCREATE TABLE {} (id bigint PRIMARY KEY, name text NOT NULL, "
            "created_at timestamptz DEFAULT now());\n",
            t, t);
        down = fmt::format("DROP TABLE {};\n", t) + down;
        break;
      case 1:
        up += fmt::format("ALTER TABLE {} ADD COLUMN email varchar(255);\n", t);
        down = fmt::format("ALTER TABLE {} DROP COLUMN email;\n", t) + down;
        break;
      case 2:
        up += fmt::format("CREATE INDEX {}_name_idx ON {} (lower(name));\n", t, t);
        down = fmt::format("DROP INDEX {}_name_idx;\n", t) + down;
        break;
      case 3:
        up += fmt::format("COMMENT ON TABLE {} IS 'holds; things ''quoted''';\n", t);
        break;
      case 4:
        up += fmt::format(
            "CREATE FUNCTION {}_touch() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  "
            "NEW.created_at := now();\n  RETURN NEW;\nEND;\n$$;\n",
            t);
        down = fmt::format("DROP FUNCTION {}_touch();\n", t) + down;
        break;
      case 5:
        up += fmt::format("ALTER TABLE {} ALTER COLUMN name SET DEFAULT 'anon';\n", t);
        break;
      case 6:
        up += fmt::format("INSERT INTO {} (id, name) VALUES (1, 'a'), (2, 'b;c');\n", t);
        break;
      case 7:
        up += fmt::format("UPDATE {} SET name = upper(name) WHERE id > 0; /* backfill */\n", t);
        break;
      case 8:
        up += fmt::format(
            "ALTER TABLE {} ADD CONSTRAINT {}_name_check CHECK (char_length(name) < 200);\n", t, t);
        down = fmt::format("ALTER TABLE {} DROP CONSTRAINT {}_name_check;\n", t, t) + down;
        break;
      default:
        up += fmt::format("CREATE VIEW {}_v AS SELECT id, name FROM {} WHERE name <> '';\n", t, t);
        down = fmt::format("DROP VIEW {}_v;\n", t) + down;
        break;
    }
  }
  return "-- +migrate Up\n" + up + "\n-- +migrate Down\n" + down;
}

inline std::string CorpusFileName(int n) { return fmt::format("{:06d}_migration_{}.sql", n, n); }

// Writes the corpus into `dir` (created if needed) unless it is there.
inline void WriteCorpus(const std::filesystem::path& dir, int files = 1000, int statements = 20) {
  std::filesystem::create_directories(dir);
  for (int n = 1; n <= files; ++n) {
    std::filesystem::path path = dir / CorpusFileName(n);
    if (std::filesystem::exists(path)) continue;
    std::ofstream(path) << CorpusMigration(n, statements);
  }
}

// The benchmarks' shared corpus of 1,000 files x 20 statements, written once
// into the temporary directory.
inline const std::filesystem::path& CorpusDir() {
  static const std::filesystem::path dir = [] {
    std::filesystem::path d =
        std::filesystem::temp_directory_path() / "tidemark_bench_corpus_1000x20";
    WriteCorpus(d);
    return d;
  }();
  return dir;
}

// Every corpus file's text, in file-name order.
inline std::vector<std::string> ReadCorpus() {
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(CorpusDir())) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (const auto& p : paths) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
  }
  return texts;
}

}  // namespace tidemark::bench
