#pragma once

#include "analyzer/lint/rule.h"

namespace tidemark::analyzer::lint {

// Records what `statement` did into `state` (after the rules saw it).
// `transactional`: it shares one transaction with its neighbours.
void AdvanceState(const ParsedStatement& statement, bool transactional, SectionState* state);

// The strongest lock the statement takes on an existing relation, from
// shared/pg15-locks.md; `relation` gets that relation's unqualified name.
// Used when the analyzer gave no lock for the statement.
LockMode StatementLock(const pg_query::Node& stmt, std::string* relation);

// The lock for a statement: the analyzer's when it has one, else ours.
LockMode LockOf(const ParsedStatement& statement, std::string* relation);

}  // namespace tidemark::analyzer::lint
