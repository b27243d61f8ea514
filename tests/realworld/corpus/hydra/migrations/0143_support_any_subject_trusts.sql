-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20220328111500000000_support_any_subject_trusts.up.sql
-- down: persistence/sql/migrations/20220328111500000000_support_any_subject_trusts.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_trusted_jwt_bearer_issuer
    ADD COLUMN allow_any_subject BOOL NOT NULL DEFAULT FALSE;

-- +migrate Down
ALTER TABLE hydra_oauth2_trusted_jwt_bearer_issuer
    DROP COLUMN allow_any_subject;
