-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20260417000000000001_add_test_flow_to_selfservice_login_flows.up.sql
-- down: persistence/sql/migrations/sql/20260417000000000001_add_test_flow_to_selfservice_login_flows.down.sql
-- +migrate Up
ALTER TABLE selfservice_login_flows ADD COLUMN test_flow BOOL;

-- +migrate Down
ALTER TABLE selfservice_login_flows DROP COLUMN test_flow;
