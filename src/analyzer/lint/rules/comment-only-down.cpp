// comment-only-down: a Down section (or _undo.sql) that holds only comments.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {
namespace {

class CommentOnlyDown : public Rule {
 public:
  CommentOnlyDown()
      : Rule({
            .id = "comment-only-down",
            .severity = Severity::kWarning,
            .family = Family::kDown,
            .summary = "a Down that holds only comments is no Down: rollback skips the migration",
            .help = "write the Down SQL (`tidemark migrate undo FILE --write` generates it), or "
                    "say `-- +migrate Down irreversible` if the migration is one-way",
        }) {}

  void CheckFile(const FileContext& f, const RuleOptions&, Emitter& out) const override {
    const parser::MigrationFile& file = *f.file;
    if (file.up.empty() || file.down_source() != parser::DownSource::kNone) return;
    if (file.down.present && !file.down.irreversible) {
      out.ReportAtOffset(file.source, file.source.LineStart(file.down.marker_pos.line),
                         "the Down section holds only comments: there is no Down SQL, and "
                         "rollback will skip this migration");
    } else if (file.undo) {
      out.ReportAtOffset(file.undo->source, 0,
                         "this _undo.sql file holds no statement: there is no Down SQL, and "
                         "rollback will skip the migration");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeCommentOnlyDownRule() { return std::make_unique<CommentOnlyDown>(); }

}  // namespace tidemark::analyzer::lint
