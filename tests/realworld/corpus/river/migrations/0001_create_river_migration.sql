-- riverqueue/river@fdf6cdf12567a5b70c003f5ff850273f09e7efcf
-- up: riverdriver/riverpgxv5/migration/main/001_create_river_migration.up.sql
-- down: riverdriver/riverpgxv5/migration/main/001_create_river_migration.down.sql
-- +migrate Up
CREATE TABLE river_migration(
  id bigserial PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT NOW(),
  version bigint NOT NULL,
  CONSTRAINT version CHECK (version >= 1)
);

CREATE UNIQUE INDEX ON river_migration USING btree(version);

-- +migrate Down
DROP TABLE river_migration;
