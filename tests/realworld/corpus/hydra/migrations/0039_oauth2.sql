-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190400000006000000_oauth2.postgres.up.sql
-- down: persistence/sql/migrations/20190400000006000000_oauth2.postgres.down.sql
-- +migrate Up
CREATE INDEX hydra_oauth2_access_requested_at_idx ON hydra_oauth2_access (requested_at);

-- +migrate Down
DROP INDEX hydra_oauth2_access_requested_at_idx;
