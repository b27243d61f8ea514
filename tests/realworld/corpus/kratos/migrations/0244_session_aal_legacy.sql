-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210829131458000000_session_aal_legacy.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210829131458000000_session_aal_legacy.postgres.down.sql
-- +migrate Up
UPDATE sessions SET authentication_methods='[{"method":"v0.6_legacy_session"}]' WHERE authentication_methods='[]' AND aal='aal1';

-- +migrate Down
UPDATE sessions SET authentication_methods='[]' WHERE authentication_methods='[{"method":"v0.6_legacy_session"}]' AND aal='aal1';
