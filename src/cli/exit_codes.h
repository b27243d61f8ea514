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

}  // namespace tidemark::cli
