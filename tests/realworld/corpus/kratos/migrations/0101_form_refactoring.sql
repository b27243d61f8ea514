-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210311102338000002_form_refactoring.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210311102338000002_form_refactoring.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_login_flows" ADD COLUMN "ui" jsonb;

-- +migrate Down
CREATE TABLE "selfservice_verification_flow_methods" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"method" VARCHAR (32) NOT NULL,
"selfservice_verification_flow_id" UUID NOT NULL,
"config" jsonb NOT NULL,
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL,
FOREIGN KEY ("selfservice_verification_flow_id") REFERENCES "selfservice_verification_flow_methods" ("id") ON DELETE cascade
);
