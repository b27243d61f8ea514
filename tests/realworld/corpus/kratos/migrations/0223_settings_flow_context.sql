-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210805112414000002_settings_flow_context.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210805112414000002_settings_flow_context.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_settings_flows" ALTER COLUMN "internal_context" TYPE jsonb, ALTER COLUMN "internal_context" SET NOT NULL;
