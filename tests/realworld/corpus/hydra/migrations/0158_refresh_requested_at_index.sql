-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20230512112801000001_refresh_requested_at_index.up.sql
-- down: persistence/sql/migrations/20230512112801000001_refresh_requested_at_index.down.sql
-- +migrate Up
CREATE INDEX hydra_oauth2_refresh_requested_at_idx ON hydra_oauth2_refresh (nid, requested_at);

-- +migrate Down
DROP INDEX hydra_oauth2_refresh_requested_at_idx;
