-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000042_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000042_network.postgres.down.sql
-- +migrate Up
UPDATE identity_credential_identifiers SET nid = (SELECT id FROM networks LIMIT 1);
