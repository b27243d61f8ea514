#include "exec/plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace tidemark::exec {

const char* StatusName(MigrationStatus status) {
  switch (status) {
    case MigrationStatus::kPending:
      return "pending";
    case MigrationStatus::kApplied:
      return "applied";
    case MigrationStatus::kBaseline:
      return "baseline";
    case MigrationStatus::kModified:
      return "modified";
    case MigrationStatus::kMissing:
      return "missing";
    case MigrationStatus::kDirty:
      return "dirty";
  }
  return "?";
}

const char* DownName(DownAvailability down) {
  switch (down) {
    case DownAvailability::kYes:
      return "yes";
    case DownAvailability::kNo:
      return "no";
    case DownAvailability::kIrreversible:
      return "irreversible";
    case DownAvailability::kStored:
      return "stored";
    case DownAvailability::kBaseline:
      return "baseline";
  }
  return "?";
}

std::string Where(const std::string& file, const parser::Position& pos) {
  return fmt::format("{}:{}:{}", file, pos.line, pos.column);
}

namespace {

parser::Version VersionOf(const std::string& text) {
  auto v = parser::Version::Parse(text);
  return v ? *v : parser::Version();
}

DownAvailability FileDown(const parser::MigrationFile& file) {
  if (file.down_source() == parser::DownSource::kIrreversible) {
    return DownAvailability::kIrreversible;
  }
  const parser::Section* down = file.EffectiveDown();
  return down != nullptr && !down->empty() ? DownAvailability::kYes : DownAvailability::kNo;
}

}  // namespace

std::vector<MigrationState> ComputeStates(const std::vector<parser::MigrationFile>& files,
                                          const std::vector<AppliedMigration>& applied) {
  struct Less {
    bool operator()(const parser::Version& a, const parser::Version& b) const { return a < b; }
  };
  std::map<parser::Version, MigrationState, Less> by_version;
  for (const parser::MigrationFile& file : files) {
    MigrationState& s = by_version[file.version];
    s.version = file.version.text();
    s.filename = file.filename;
    s.file = &file;
  }
  for (const AppliedMigration& row : applied) {
    MigrationState& s = by_version[VersionOf(row.version)];
    if (s.file == nullptr) {
      s.version = row.version;
      s.filename = row.name;
    }
    s.applied = &row;
  }
  std::vector<MigrationState> states;
  states.reserve(by_version.size());
  for (auto& [version, s] : by_version) {
    if (s.applied == nullptr) {
      s.status = MigrationStatus::kPending;
    } else if (s.applied->dirty) {
      s.status = MigrationStatus::kDirty;
    } else if (s.file == nullptr) {
      s.status = MigrationStatus::kMissing;
    } else if (s.applied->kind == "baseline") {
      s.status = MigrationStatus::kBaseline;
    } else if (s.applied->checksum != s.file->checksum) {
      s.status = MigrationStatus::kModified;
    } else {
      s.status = MigrationStatus::kApplied;
    }
    if (s.applied != nullptr && s.applied->kind == "baseline") {
      s.down = DownAvailability::kBaseline;
    } else if (s.file != nullptr) {
      s.down = FileDown(*s.file);
    } else if (s.applied->down_irreversible) {
      s.down = DownAvailability::kIrreversible;
    } else if (s.applied->down_sql && !s.applied->down_sql->empty()) {
      s.down = DownAvailability::kStored;
    } else {
      s.down = DownAvailability::kNo;
    }
    states.push_back(std::move(s));
  }
  return states;
}

DownPlan PlanDown(const MigrationState& state) {
  DownPlan plan;
  if (state.applied != nullptr && state.applied->kind == "baseline") {
    plan.source = DownPlan::Source::kBaseline;
    return plan;
  }
  if (state.file != nullptr) {
    const parser::MigrationFile& file = *state.file;
    if (file.down_source() == parser::DownSource::kIrreversible) {
      plan.source = DownPlan::Source::kIrreversible;
      return plan;
    }
    const parser::Section* down = file.EffectiveDown();
    if (down == nullptr || down->empty()) return plan;
    bool from_undo = file.down_source() == parser::DownSource::kUndoFile;
    plan.source = from_undo ? DownPlan::Source::kUndoFile : DownPlan::Source::kFile;
    plan.statements = down->statements;
    plan.notransaction = down->notransaction;
    plan.origin = from_undo && file.undo ? file.undo->source.path() : file.path();
    return plan;
  }
  if (state.applied == nullptr) return plan;
  if (state.applied->down_irreversible) {
    plan.source = DownPlan::Source::kIrreversible;
    return plan;
  }
  if (!state.applied->down_sql || state.applied->down_sql->empty()) return plan;
  plan.origin = "stored Down of " + state.filename;
  parser::SourceText text(plan.origin, *state.applied->down_sql);
  plan.statements = parser::SplitSection(text, 0, text.text().size(), &plan.diagnostics);
  plan.notransaction = state.applied->down_notransaction;
  if (!plan.statements.empty()) plan.source = DownPlan::Source::kStored;
  return plan;
}

UpPlan PlanUp(const std::vector<MigrationState>& states,
              const std::vector<AppliedMigration>& applied, const UpRequest& request) {
  UpPlan plan;
  for (const auto& s : states) {
    if (s.status == MigrationStatus::kDirty && plan.dirty == nullptr) plan.dirty = &s;
    if (s.status == MigrationStatus::kModified && !request.allow_drift) plan.modified.push_back(&s);
  }
  for (const auto& row : applied) {
    auto v = parser::Version::Parse(row.version);
    if (v && (!plan.newest_applied || *plan.newest_applied < *v)) plan.newest_applied = *v;
  }
  for (const auto& s : states) {
    if (s.status != MigrationStatus::kPending) continue;
    if (request.to && *request.to < s.file->version) continue;
    plan.pending.push_back(&s);
  }
  if (plan.newest_applied && !request.allow_out_of_order) {
    for (const auto* s : plan.pending) {
      if (s->file->version < *plan.newest_applied) plan.out_of_order.push_back(s);
    }
  }
  if (request.count > 0 && plan.pending.size() > request.count) plan.pending.resize(request.count);
  if (plan.dirty != nullptr) {
    plan.refusal = DirtyRefusal(*plan.dirty);
  } else if (!plan.modified.empty()) {
    for (const auto* s : plan.modified) {
      plan.refusal.push_back(fmt::format("{} was changed after it was applied (checksum {} now {})",
                                         s->filename, s->applied->checksum.substr(0, 12),
                                         s->file->checksum.substr(0, 12)));
    }
    plan.refusal.emplace_back(
        "refusing to apply over checksum drift: restore the files, or accept the edits with "
        "`tidemark migrate repair`, or pass --allow-drift");
  } else if (!plan.out_of_order.empty()) {
    for (const auto* s : plan.out_of_order) {
      plan.refusal.push_back(
          fmt::format("{} is older than the newest applied migration ({}) but not applied",
                      s->filename, plan.newest_applied->text()));
    }
    plan.refusal.emplace_back(
        "refusing to apply out of order (a branch merged late?): rename the files to a newer "
        "version, or pass --allow-out-of-order (or allow_out_of_order: true in the config)");
  }
  return plan;
}

RollbackPlan PlanRollback(const std::vector<MigrationState>& states,
                          const RollbackRequest& request) {
  RollbackPlan plan;
  std::vector<const MigrationState*> applied;  // newest (last applied) first
  for (const MigrationState& s : states) {
    if (s.applied == nullptr) continue;
    if (s.status == MigrationStatus::kDirty && plan.dirty == nullptr) plan.dirty = &s;
    applied.push_back(&s);
  }
  if (plan.dirty != nullptr) {
    plan.refusal = DirtyRefusal(*plan.dirty);
    return plan;
  }
  std::sort(applied.begin(), applied.end(),
            [](const auto* a, const auto* b) { return a->applied->id > b->applied->id; });

  // The selection is a prefix of the stack.
  size_t n = 0;
  switch (request.kind) {
    case RollbackRequest::Kind::kAll:
      n = applied.size();
      break;
    case RollbackRequest::Kind::kCount:
      n = std::min(request.count, applied.size());
      break;
    case RollbackRequest::Kind::kBatch:
      if (!applied.empty()) {
        int last = 0;
        for (const auto* s : applied) last = std::max(last, s->applied->batch);
        while (n < applied.size() && applied[n]->applied->batch == last) ++n;
      }
      break;
    case RollbackRequest::Kind::kOne: {
      size_t i = 0;
      while (i < applied.size() && !(VersionOf(applied[i]->version) == request.to)) ++i;
      if (i == applied.size()) {
        plan.no_such_version = true;
        return plan;
      }
      plan.newer.assign(applied.begin(), applied.begin() + static_cast<std::ptrdiff_t>(i));
      if (!plan.newer.empty()) return plan;
      n = 1;
      break;
    }
    case RollbackRequest::Kind::kTo:
      while (n < applied.size() && request.to < VersionOf(applied[n]->version)) ++n;
      for (size_t i = n; i < applied.size(); ++i) {
        if (request.to < VersionOf(applied[i]->version)) plan.held_below.push_back(applied[i]);
      }
      break;
  }
  for (size_t i = 0; i < n; ++i) {
    const MigrationState* s = applied[i];
    if (plan.stopped_at != nullptr) {
      plan.kept.push_back(s);
      continue;
    }
    DownPlan down = PlanDown(*s);
    switch (down.source) {
      case DownPlan::Source::kNone:
      case DownPlan::Source::kIrreversible:
      case DownPlan::Source::kBaseline:
        plan.stopped_at = s;
        plan.stop_reason = down.source;
        break;
      default:
        plan.revert.push_back({s, std::move(down)});
        break;
    }
  }
  return plan;
}

RepairPlan PlanRepair(const std::vector<MigrationState>& states, const RepairRequest& request) {
  RepairPlan plan;
  auto named = [](const std::vector<parser::Version>& list, const parser::Version& v) {
    return std::find(list.begin(), list.end(), v) != list.end();
  };
  for (const parser::Version& v : request.applied) {
    if (named(request.pending, v)) plan.both.push_back(v);
  }
  auto check = [&](const std::vector<parser::Version>& list) {
    for (const parser::Version& v : list) {
      auto it = std::find_if(states.begin(), states.end(), [&](const MigrationState& s) {
        return s.applied != nullptr && VersionOf(s.version) == v;
      });
      if (it == states.end()) {
        plan.unknown.push_back(v);
      } else if (!it->applied->dirty) {
        plan.not_dirty.push_back(&*it);
      }
    }
  };
  check(request.applied);
  check(request.pending);
  for (const MigrationState& s : states) {
    if (s.applied == nullptr) continue;
    parser::Version v = VersionOf(s.version);
    bool pending = named(request.pending, v);
    if (s.applied->dirty) {
      if (pending) {
        plan.items.push_back({&s, RepairPlan::Action::kMarkPending});
        continue;
      }
      if (named(request.applied, v)) {
        plan.items.push_back({&s, RepairPlan::Action::kMarkApplied});
      } else {
        plan.undecided.push_back(&s);
      }
    }
    if (s.file != nullptr && s.applied->checksum != s.file->checksum) {
      plan.items.push_back({&s, RepairPlan::Action::kAcceptChecksum});
    }
  }
  return plan;
}

std::string RepairHint(const std::string& version) {
  return fmt::format(
      "fix the database by hand, then run `tidemark migrate repair --applied {0}` if it now holds "
      "all of the migration's Up, or `tidemark migrate repair --pending {0}` if it holds none of "
      "it",
      version);
}

std::vector<std::string> DirtyRefusal(const MigrationState& state) {
  const AppliedMigration& row = *state.applied;
  return {
      fmt::format("{} is dirty{}: {}", state.filename,
                  row.failed_at && !row.failed_at->empty() ? " (at " + *row.failed_at + ")" : "",
                  row.error.value_or("a non-transactional run failed")),
      RepairHint(state.version)};
}

std::string NoDownReason(const MigrationState& state, DownPlan::Source source) {
  switch (source) {
    case DownPlan::Source::kBaseline:
      return "it is a baseline, recorded without running";
    case DownPlan::Source::kIrreversible:
      return "its Down is declared irreversible";
    default:
      if (state.file == nullptr) return "its file is gone and no Down was stored when applied";
      if (state.file->down.present || state.file->undo) return "its Down holds no statement";
      return "it has no Down section and no _undo.sql";
  }
}

StoredDown DownToStore(const parser::MigrationFile& file) {
  StoredDown stored;
  if (file.down_source() == parser::DownSource::kIrreversible) {
    stored.irreversible = true;
    return stored;
  }
  const parser::Section* down = file.EffectiveDown();
  if (down == nullptr || down->empty()) return stored;
  std::string sql;
  for (const parser::Statement& st : down->statements) {
    sql += st.sql;
    sql += ";\n";
  }
  stored.sql = std::move(sql);
  stored.notransaction = down->notransaction;
  return stored;
}

AppliedMigration TrackingRow(const parser::MigrationFile& file, int batch) {
  AppliedMigration row;
  row.version = file.version.text();
  row.name = file.filename;
  row.checksum = file.checksum;
  row.batch = batch;
  StoredDown down = DownToStore(file);
  row.down_sql = down.sql;
  row.down_notransaction = down.notransaction;
  row.down_irreversible = down.irreversible;
  return row;
}

}  // namespace tidemark::exec
