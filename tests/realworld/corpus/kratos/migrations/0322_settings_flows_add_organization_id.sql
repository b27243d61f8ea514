-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20260430000000000000_settings_flows_add_organization_id.up.sql
-- down: persistence/sql/migrations/sql/20260430000000000000_settings_flows_add_organization_id.down.sql
-- +migrate Up
alter table selfservice_settings_flows add column if not exists organization_id uuid null;

-- +migrate Down
alter table selfservice_settings_flows drop column if exists organization_id;
