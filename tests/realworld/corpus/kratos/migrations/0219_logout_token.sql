-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210618103120000003_logout_token.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210618103120000003_logout_token.postgres.down.sql
-- +migrate Up
CREATE UNIQUE INDEX "sessions_logout_token_uq_idx" ON "sessions" (logout_token);
