-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210816142650000004_flow_internal_context.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210816142650000004_flow_internal_context.postgres.down.sql
-- +migrate Up
UPDATE selfservice_registration_flows SET internal_context='{}';
