-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20240104181300000001_jwk_index.up.sql
-- down: persistence/sql/migrations/20240104181300000001_jwk_index.down.sql
-- +migrate Up
CREATE INDEX hydra_jwk_nid_sid_created_at_idx ON hydra_jwk (nid, sid, created_at);
CREATE INDEX hydra_jwk_nid_sid_kid_created_at_idx ON hydra_jwk (nid, sid, kid, created_at);

-- +migrate Down
DROP INDEX hydra_jwk_nid_sid_created_at_idx;
DROP INDEX hydra_jwk_nid_sid_kid_created_at_idx;
