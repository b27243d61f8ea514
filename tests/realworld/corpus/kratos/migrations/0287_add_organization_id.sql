-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20230907085000000000_add_organization_id.up.sql
-- down: persistence/sql/migrations/sql/20230907085000000000_add_organization_id.down.sql
-- +migrate Up
alter table selfservice_login_flows add column organization_id uuid null;
alter table selfservice_registration_flows add column organization_id uuid null;
alter table identities add column organization_id uuid null;

-- +migrate Down
alter table selfservice_login_flows drop column organization_id;
alter table selfservice_registration_flows drop column organization_id;
alter table identities drop column organization_id;
