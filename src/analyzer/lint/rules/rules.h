#pragma once

// One factory per lint rule, each defined in rules/<rule-id>.cpp. The
// registry (registry.cpp) lists them explicitly.

#include <memory>

#include "analyzer/lint/rule.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeBanDropTableRule();            // rules/ban-drop-table.cpp
std::unique_ptr<Rule> MakeBanDropColumnRule();           // rules/ban-drop-column.cpp
std::unique_ptr<Rule> MakeBanDropSchemaRule();           // rules/ban-drop-schema.cpp
std::unique_ptr<Rule> MakeBanDropDatabaseRule();         // rules/ban-drop-database.cpp
std::unique_ptr<Rule> MakeBanTruncateRule();             // rules/ban-truncate.cpp
std::unique_ptr<Rule> MakeBanTruncateCascadeRule();      // rules/ban-truncate-cascade.cpp
std::unique_ptr<Rule> MakeUpdateWithoutWhereRule();      // rules/update-without-where.cpp
std::unique_ptr<Rule> MakeDeleteWithoutWhereRule();      // rules/delete-without-where.cpp
std::unique_ptr<Rule> MakeLossyTypeChangeRule();         // rules/lossy-type-change.cpp
std::unique_ptr<Rule> MakeRewritingTypeChangeRule();     // rules/rewriting-type-change.cpp
std::unique_ptr<Rule> MakeEnumAddValueRule();            // rules/enum-add-value.cpp
std::unique_ptr<Rule> MakeMissingDownRule();             // rules/missing-down.cpp
std::unique_ptr<Rule> MakeCommentOnlyDownRule();         // rules/comment-only-down.cpp
std::unique_ptr<Rule> MakeDownDoesNotReverseRule();      // rules/down-does-not-reverse.cpp
std::unique_ptr<Rule> MakeIrreversibleUpWithDownRule();  // rules/irreversible-up-with-down.cpp
std::unique_ptr<Rule>
MakeRequireConcurrentIndexCreationRule();  // rules/require-concurrent-index-creation.cpp
std::unique_ptr<Rule>
MakeRequireConcurrentIndexDeletionRule();  // rules/require-concurrent-index-deletion.cpp
std::unique_ptr<Rule> MakeRequireConcurrentReindexRule();  // rules/require-concurrent-reindex.cpp
std::unique_ptr<Rule>
MakeForeignKeyWithoutNotValidRule();                   // rules/foreign-key-without-not-valid.cpp
std::unique_ptr<Rule> MakeCheckWithoutNotValidRule();  // rules/check-without-not-valid.cpp
std::unique_ptr<Rule>
MakeValidateInSameTransactionRule();                      // rules/validate-in-same-transaction.cpp
std::unique_ptr<Rule> MakeSetNotNullWithoutCheckRule();   // rules/set-not-null-without-check.cpp
std::unique_ptr<Rule> MakeUniqueWithoutUsingIndexRule();  // rules/unique-without-using-index.cpp
std::unique_ptr<Rule>
MakePrimaryKeyWithoutUsingIndexRule();              // rules/primary-key-without-using-index.cpp
std::unique_ptr<Rule> MakeVolatileDefaultRule();    // rules/volatile-default.cpp
std::unique_ptr<Rule> MakeAddSerialColumnRule();    // rules/add-serial-column.cpp
std::unique_ptr<Rule> MakeAddIdentityColumnRule();  // rules/add-identity-column.cpp
std::unique_ptr<Rule> MakeAddStoredGeneratedColumnRule();   // rules/add-stored-generated-column.cpp
std::unique_ptr<Rule> MakeRenameTableRule();                // rules/rename-table.cpp
std::unique_ptr<Rule> MakeRenameColumnRule();               // rules/rename-column.cpp
std::unique_ptr<Rule> MakeRequireLockTimeoutRule();         // rules/require-lock-timeout.cpp
std::unique_ptr<Rule> MakeConcurrentlyInTransactionRule();  // rules/concurrently-in-transaction.cpp
std::unique_ptr<Rule> MakeExplicitTransactionRule();        // rules/explicit-transaction.cpp
std::unique_ptr<Rule> MakeUnparsableStatementRule();        // rules/unparsable-statement.cpp
std::unique_ptr<Rule> MakeUnknownMarkerRule();              // rules/unknown-marker.cpp
std::unique_ptr<Rule> MakeUnknownMarkerOptionRule();        // rules/unknown-marker-option.cpp
std::unique_ptr<Rule> MakeSqlBeforeFirstMarkerRule();       // rules/sql-before-first-marker.cpp
std::unique_ptr<Rule> MakeDuplicateSectionRule();           // rules/duplicate-section.cpp
std::unique_ptr<Rule>
MakeUnterminatedStatementBlockRule();                    // rules/unterminated-statement-block.cpp
std::unique_ptr<Rule> MakeUnmatchedStatementEndRule();   // rules/unmatched-statement-end.cpp
std::unique_ptr<Rule> MakeUnterminatedTokenRule();       // rules/unterminated-token.cpp
std::unique_ptr<Rule> MakeBinaryFileRule();              // rules/binary-file.cpp
std::unique_ptr<Rule> MakeInvalidUtf8Rule();             // rules/invalid-utf8.cpp
std::unique_ptr<Rule> MakeDownAndUndoFileRule();         // rules/down-and-undo-file.cpp
std::unique_ptr<Rule> MakeUndoFileHasUpRule();           // rules/undo-file-has-up.cpp
std::unique_ptr<Rule> MakeIrreversibleDownHasSqlRule();  // rules/irreversible-down-has-sql.cpp
std::unique_ptr<Rule> MakeUnversionedFileRule();         // rules/unversioned-file.cpp
std::unique_ptr<Rule> MakeOrphanUndoFileRule();          // rules/orphan-undo-file.cpp
std::unique_ptr<Rule> MakeDuplicateVersionRule();        // rules/duplicate-version.cpp
std::unique_ptr<Rule> MakeUnusedIgnoreRule();            // rules/unused-ignore.cpp

}  // namespace tidemark::analyzer::lint
