-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20250513132142000000_refresh_used_times.up.sql
-- down: persistence/sql/migrations/20250513132142000000_refresh_used_times.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_refresh
  ADD COLUMN used_times INT NULL;

-- +migrate Down
ALTER TABLE hydra_oauth2_refresh
  DROP COLUMN used_times;
