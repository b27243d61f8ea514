-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20220301102701000000_identity_credentials_version.postgres.up.sql
-- down: persistence/sql/migrations/sql/20220301102701000000_identity_credentials_version.postgres.down.sql
-- +migrate Up
ALTER TABLE identity_credentials ADD version INT NOT NULL DEFAULT '0';
