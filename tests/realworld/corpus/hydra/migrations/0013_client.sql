-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190100000012000000_client.up.sql
-- down: persistence/sql/migrations/20190100000012000000_client.down.sql
-- +migrate Up
ALTER TABLE hydra_client ADD created_at timestamp NOT NULL DEFAULT now();
ALTER TABLE hydra_client ADD updated_at timestamp NOT NULL DEFAULT now();

-- +migrate Down
ALTER TABLE hydra_client DROP COLUMN created_at;
ALTER TABLE hydra_client DROP COLUMN updated_at;
