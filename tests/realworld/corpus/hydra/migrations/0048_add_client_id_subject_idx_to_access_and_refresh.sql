-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20200819163013000000_add_client_id_subject_idx_to_access_and_refresh.postgres.up.sql
-- down: persistence/sql/migrations/20200819163013000000_add_client_id_subject_idx_to_access_and_refresh.postgres.down.sql
-- +migrate Up
CREATE INDEX hydra_oauth2_access_client_id_subject_idx ON hydra_oauth2_access (client_id, subject);
CREATE INDEX hydra_oauth2_refresh_client_id_subject_idx ON hydra_oauth2_refresh (client_id, subject);

-- +migrate Down
DROP INDEX hydra_oauth2_refresh_client_id_subject_idx;
DROP INDEX hydra_oauth2_access_client_id_subject_idx;
