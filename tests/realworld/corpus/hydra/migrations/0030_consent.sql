-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190300000011000000_consent.up.sql
-- down: persistence/sql/migrations/20190300000011000000_consent.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_authentication_session ADD remember bool NOT NULL DEFAULT FALSE;

UPDATE hydra_oauth2_authentication_session SET remember=TRUE;

-- +migrate Down
ALTER TABLE hydra_oauth2_authentication_session DROP COLUMN remember;
