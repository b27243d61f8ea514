-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20230908104443000000_change_client_pk.up.sql
-- down: persistence/sql/migrations/20230908104443000000_change_client_pk.down.sql
-- +migrate Up
ALTER TABLE hydra_client DROP CONSTRAINT hydra_client_pkey;

ALTER TABLE hydra_client ALTER COLUMN pk DROP NOT NULL;

ALTER TABLE hydra_client ADD PRIMARY KEY (id, nid);

-- +migrate Down
UPDATE hydra_client SET pk = gen_random_uuid() WHERE pk IS NULL;

ALTER TABLE hydra_client ALTER COLUMN pk SET NOT NULL;

ALTER TABLE hydra_client DROP CONSTRAINT hydra_client_pkey;

ALTER TABLE hydra_client ADD PRIMARY KEY (pk);
