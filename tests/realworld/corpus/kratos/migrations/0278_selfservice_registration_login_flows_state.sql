-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20230703143600000001_selfservice_registration_login_flows_state.up.sql
-- down: persistence/sql/migrations/sql/20230703143600000001_selfservice_registration_login_flows_state.down.sql
-- +migrate Up
ALTER table selfservice_login_flows ADD state VARCHAR(255) NULL;
ALTER table selfservice_registration_flows ADD state VARCHAR(255) NULL;

-- +migrate Down
ALTER table selfservice_registration_flows DROP COLUMN state;
ALTER table selfservice_login_flows DROP COLUMN state;
