-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210816142650000005_flow_internal_context.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210816142650000005_flow_internal_context.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_registration_flows" ALTER COLUMN "internal_context" TYPE jsonb, ALTER COLUMN "internal_context" SET NOT NULL;
