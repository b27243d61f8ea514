-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20221220124639000000_errors_index.up.sql
-- down: persistence/sql/migrations/sql/20221220124639000000_errors_index.down.sql
-- +migrate Up
CREATE INDEX selfservice_errors_errors_nid_id_idx ON selfservice_errors (nid, id);

-- This index is not needed anymore, because the primary ID index together with the new index cover all queries.
DROP INDEX selfservice_errors_nid_idx;

-- +migrate Down
CREATE INDEX selfservice_errors_nid_idx ON selfservice_errors (id, nid);

DROP INDEX selfservice_errors_errors_nid_id_idx;
