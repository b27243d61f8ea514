-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20210928175900000000_client_custom_token_ttl.up.sql
-- down: persistence/sql/migrations/20210928175900000000_client_custom_token_ttl.down.sql
-- +migrate Up
ALTER TABLE hydra_client ADD COLUMN authorization_code_grant_access_token_lifespan BIGINT NULL DEFAULT NULL;
ALTER TABLE hydra_client ADD COLUMN authorization_code_grant_id_token_lifespan BIGINT NULL DEFAULT NULL;
ALTER TABLE hydra_client ADD COLUMN authorization_code_grant_refresh_token_lifespan BIGINT NULL DEFAULT NULL;
ALTER TABLE hydra_client ADD COLUMN client_credentials_grant_access_token_lifespan BIGINT NULL DEFAULT NULL;
ALTER TABLE hydra_client ADD COLUMN implicit_grant_access_token_lifespan BIGINT NULL DEFAULT NULL;
ALTER TABLE hydra_client ADD COLUMN implicit_grant_id_token_lifespan BIGINT NULL DEFAULT NULL;
ALTER TABLE hydra_client ADD COLUMN jwt_bearer_grant_access_token_lifespan BIGINT NULL DEFAULT NULL;
ALTER TABLE hydra_client ADD COLUMN password_grant_access_token_lifespan BIGINT NULL DEFAULT NULL;
ALTER TABLE hydra_client ADD COLUMN password_grant_refresh_token_lifespan BIGINT NULL DEFAULT NULL;
ALTER TABLE hydra_client ADD COLUMN refresh_token_grant_id_token_lifespan BIGINT NULL DEFAULT NULL;
ALTER TABLE hydra_client ADD COLUMN refresh_token_grant_access_token_lifespan BIGINT NULL DEFAULT NULL;
ALTER TABLE hydra_client ADD COLUMN refresh_token_grant_refresh_token_lifespan BIGINT NULL DEFAULT NULL;

-- +migrate Down
ALTER TABLE hydra_client DROP COLUMN authorization_code_grant_access_token_lifespan;
ALTER TABLE hydra_client DROP COLUMN authorization_code_grant_id_token_lifespan;
ALTER TABLE hydra_client DROP COLUMN authorization_code_grant_refresh_token_lifespan;
ALTER TABLE hydra_client DROP COLUMN client_credentials_grant_access_token_lifespan;
ALTER TABLE hydra_client DROP COLUMN implicit_grant_access_token_lifespan;
ALTER TABLE hydra_client DROP COLUMN implicit_grant_id_token_lifespan;
ALTER TABLE hydra_client DROP COLUMN jwt_bearer_grant_access_token_lifespan;
ALTER TABLE hydra_client DROP COLUMN password_grant_access_token_lifespan;
ALTER TABLE hydra_client DROP COLUMN password_grant_refresh_token_lifespan;
ALTER TABLE hydra_client DROP COLUMN refresh_token_grant_id_token_lifespan;
ALTER TABLE hydra_client DROP COLUMN refresh_token_grant_access_token_lifespan;
ALTER TABLE hydra_client DROP COLUMN refresh_token_grant_refresh_token_lifespan;
