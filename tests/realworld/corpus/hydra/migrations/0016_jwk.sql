-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190200000001000000_jwk.up.sql
-- down: persistence/sql/migrations/20190200000001000000_jwk.down.sql
-- +migrate Up
CREATE TABLE IF NOT EXISTS hydra_jwk (
	sid     varchar(255) NOT NULL,
	kid 	varchar(255) NOT NULL,
	version int NOT NULL DEFAULT 0,
	keydata text NOT NULL,
	PRIMARY KEY (sid, kid)
);

-- +migrate Down
DROP TABLE hydra_jwk;
