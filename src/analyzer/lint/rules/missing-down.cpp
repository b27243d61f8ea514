// missing-down: the Up changes something and the file has no Down at all.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {
namespace {

class MissingDown : public Rule {
 public:
  MissingDown()
      : Rule({
            .id = "missing-down",
            .severity = Severity::kWarning,
            .family = Family::kDown,
            .summary = "the migration has no Down: rollback skips it",
            .help = "add a `-- +migrate Down` section (`tidemark migrate undo FILE --write` "
                    "writes one), or declare `-- +migrate Down irreversible` when it is one-way by "
                    "design",
        }) {}

  void CheckFile(const FileContext& f, const RuleOptions&, Emitter& out) const override {
    const parser::MigrationFile& file = *f.file;
    if (file.up.empty() || file.down_source() != parser::DownSource::kNone) return;
    if (file.down.present) return;  // an empty Down section: comment-only-down
    if (file.undo) return;          // an empty _undo.sql: comment-only-down
    size_t offset = file.has_markers ? OffsetOfLine(file, file.up.marker_pos.line)
                                     : file.up.statements.front().begin;
    out.ReportAtOffset(file.source, offset,
                       "this migration has no Down section and no _undo.sql file: rollback "
                       "will skip it");
  }

 private:
  static size_t OffsetOfLine(const parser::MigrationFile& file, int line) {
    return file.source.LineStart(line);
  }
};

}  // namespace

std::unique_ptr<Rule> MakeMissingDownRule() { return std::make_unique<MissingDown>(); }

}  // namespace tidemark::analyzer::lint
