-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200830130645000000_add_verification_methods.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200830130645000000_add_verification_methods.postgres.down.sql
-- +migrate Up
INSERT INTO selfservice_verification_flow_methods (id, method, selfservice_verification_flow_id, config, created_at, updated_at) SELECT id, 'link', id, form, created_at, updated_at FROM selfservice_verification_flows;
