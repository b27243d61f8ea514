-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190400000008000000_oauth2.up.sql
-- down: persistence/sql/migrations/20190400000008000000_oauth2.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_access ADD challenge_id varchar(40) NULL;
ALTER TABLE hydra_oauth2_refresh ADD challenge_id varchar(40) NULL;
ALTER TABLE hydra_oauth2_code ADD challenge_id varchar(40) NULL;
ALTER TABLE hydra_oauth2_oidc ADD challenge_id varchar(40) NULL;
ALTER TABLE hydra_oauth2_pkce ADD challenge_id varchar(40) NULL;

-- +migrate Down
ALTER TABLE hydra_oauth2_access  DROP COLUMN challenge_id;
ALTER TABLE hydra_oauth2_refresh DROP COLUMN challenge_id;
ALTER TABLE hydra_oauth2_code DROP COLUMN challenge_id;
ALTER TABLE hydra_oauth2_oidc DROP COLUMN challenge_id;
ALTER TABLE hydra_oauth2_pkce DROP COLUMN challenge_id;
