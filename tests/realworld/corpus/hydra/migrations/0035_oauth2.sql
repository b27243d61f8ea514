-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190400000002000000_oauth2.up.sql
-- down: persistence/sql/migrations/20190400000002000000_oauth2.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_access ADD subject varchar(255) NOT NULL DEFAULT '';
ALTER TABLE hydra_oauth2_refresh ADD subject varchar(255) NOT NULL DEFAULT '';
ALTER TABLE hydra_oauth2_code ADD subject varchar(255) NOT NULL DEFAULT '';
ALTER TABLE hydra_oauth2_oidc ADD subject varchar(255) NOT NULL DEFAULT '';

-- +migrate Down
ALTER TABLE hydra_oauth2_access  DROP COLUMN subject;
ALTER TABLE hydra_oauth2_refresh DROP COLUMN subject;
ALTER TABLE hydra_oauth2_code DROP COLUMN subject;
ALTER TABLE hydra_oauth2_oidc DROP COLUMN subject;
