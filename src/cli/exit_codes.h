#pragma once

namespace tidemark::cli {

// Exit codes, as SPEC.md §4 defines them.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;  // usage or input error
inline constexpr int kExitDrift = 3;  // checksum drift or dirty state refused
inline constexpr int kExitLockTimeout = 4;
inline constexpr int kExitPending = 5;     // status --exit-code: pending or missing migrations
inline constexpr int kExitAllSkipped = 6;  // rollback skipped everything asked of it

struct ExitCodeMeaning {
  int code;
  const char* meaning;
};

// What each code means, as the man page's EXIT STATUS says it.
inline constexpr ExitCodeMeaning kExitCodeMeanings[] = {
    {kExitOk, "Success."},
    {kExitFailure,
     "Failure: a migration, a rollback or a check failed; lint: findings at or above --fail-on."},
    {kExitUsage, "Usage or input error: a bad option, or migration files with errors."},
    {kExitDrift, "Checksum drift or a dirty migration refused."},
    {kExitLockTimeout, "The migration lock was not had within --lock-timeout."},
    {kExitPending, "status --exit-code found pending or missing migrations."},
    {kExitAllSkipped,
     "Rollback rolled back nothing: the newest migration it was asked to undo has no Down SQL."},
};

}  // namespace tidemark::cli
