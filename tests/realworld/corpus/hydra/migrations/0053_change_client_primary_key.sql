-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20211004110001000000_change_client_primary_key.postgres.up.sql
-- down: persistence/sql/migrations/20211004110001000000_change_client_primary_key.postgres.down.sql
-- +migrate Up
ALTER TABLE hydra_client RENAME pk TO pk_deprecated;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
ALTER TABLE hydra_client ADD COLUMN pk UUID DEFAULT uuid_generate_v4();
ALTER TABLE hydra_client ALTER pk DROP DEFAULT;
ALTER TABLE hydra_client DROP CONSTRAINT hydra_client_pkey;
ALTER TABLE hydra_client ADD PRIMARY KEY (pk);

-- +migrate Down
ALTER TABLE hydra_client RENAME pk TO pk_tmp;
ALTER TABLE hydra_client RENAME pk_deprecated TO pk;
ALTER TABLE hydra_client DROP CONSTRAINT hydra_client_pkey;
ALTER TABLE hydra_client ADD PRIMARY KEY (pk);
ALTER TABLE hydra_client DROP pk_tmp;
