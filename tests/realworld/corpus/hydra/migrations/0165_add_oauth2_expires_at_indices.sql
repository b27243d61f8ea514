-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20240612222110000001_add_oauth2_expires_at_indices.autocommit.up.sql
-- down: persistence/sql/migrations/20240612222110000001_add_oauth2_expires_at_indices.down.sql
-- +migrate Up notransaction
-- These turn out to not be necessary.
-- CREATE INDEX IF NOT EXISTS hydra_oauth2_access_expires_at_v2_idx ON hydra_oauth2_access (expires_at);
-- CREATE INDEX IF NOT EXISTS hydra_oauth2_refresh_expires_at_v2_idx ON hydra_oauth2_refresh (expires_at);
-- CREATE INDEX IF NOT EXISTS hydra_oauth2_code_expires_at_v2_idx ON hydra_oauth2_code (expires_at);
-- CREATE INDEX IF NOT EXISTS hydra_oauth2_pkce_expires_at_v2_idx ON hydra_oauth2_pkce (expires_at);

DROP INDEX IF EXISTS hydra_oauth2_access_expires_at_idx;
DROP INDEX IF EXISTS hydra_oauth2_refresh_expires_at_idx;
DROP INDEX IF EXISTS hydra_oauth2_code_expires_at_idx;
DROP INDEX IF EXISTS hydra_oauth2_pkce_expires_at_idx;

-- +migrate Down notransaction
-- These turn out not to be necessary.
-- CREATE INDEX IF NOT EXISTS hydra_oauth2_access_expires_at_idx ON hydra_oauth2_oidc (expires_at);
-- CREATE INDEX IF NOT EXISTS hydra_oauth2_refresh_expires_at_idx ON hydra_oauth2_oidc (expires_at);
-- CREATE INDEX IF NOT EXISTS hydra_oauth2_code_expires_at_idx ON hydra_oauth2_oidc (expires_at);
-- CREATE INDEX IF NOT EXISTS hydra_oauth2_pkce_expires_at_idx ON hydra_oauth2_oidc (expires_at);

DROP INDEX IF EXISTS hydra_oauth2_access_expires_at_v2_idx;
DROP INDEX IF EXISTS hydra_oauth2_refresh_expires_at_v2_idx;
DROP INDEX IF EXISTS hydra_oauth2_code_expires_at_v2_idx;
DROP INDEX IF EXISTS hydra_oauth2_pkce_expires_at_v2_idx;
