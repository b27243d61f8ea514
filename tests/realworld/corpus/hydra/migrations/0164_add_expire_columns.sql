-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20240403121110000001_add_expire_columns.up.sql
-- down: persistence/sql/migrations/20240403121110000001_add_expire_columns.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_oidc ADD COLUMN expires_at TIMESTAMP NULL;
ALTER TABLE hydra_oauth2_access ADD COLUMN expires_at TIMESTAMP NULL;
ALTER TABLE hydra_oauth2_refresh ADD COLUMN expires_at TIMESTAMP NULL;
ALTER TABLE hydra_oauth2_code ADD COLUMN expires_at TIMESTAMP NULL;
ALTER TABLE hydra_oauth2_pkce ADD COLUMN expires_at TIMESTAMP NULL;

-- These turn out to not be necessary.
-- CREATE INDEX hydra_oauth2_oidc_expires_at_idx ON hydra_oauth2_oidc (expires_at);
-- CREATE INDEX hydra_oauth2_access_expires_at_idx ON hydra_oauth2_oidc (expires_at);
-- CREATE INDEX hydra_oauth2_refresh_expires_at_idx ON hydra_oauth2_oidc (expires_at);
-- CREATE INDEX hydra_oauth2_code_expires_at_idx ON hydra_oauth2_oidc (expires_at);
-- CREATE INDEX hydra_oauth2_pkce_expires_at_idx ON hydra_oauth2_oidc (expires_at);

-- +migrate Down
ALTER TABLE hydra_oauth2_oidc DROP COLUMN expires_at;
ALTER TABLE hydra_oauth2_access DROP COLUMN expires_at;
ALTER TABLE hydra_oauth2_refresh DROP COLUMN expires_at;
ALTER TABLE hydra_oauth2_code DROP COLUMN expires_at;
ALTER TABLE hydra_oauth2_pkce DROP COLUMN expires_at;
