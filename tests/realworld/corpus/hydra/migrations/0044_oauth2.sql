-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190400000011000000_oauth2.up.sql
-- down: persistence/sql/migrations/20190400000011000000_oauth2.down.sql
-- +migrate Up
CREATE TABLE IF NOT EXISTS hydra_oauth2_jti_blacklist (
	signature       varchar(64) NOT NULL PRIMARY KEY,
	expires_at  	timestamp NOT NULL DEFAULT now()
);

-- mysql requires the index to be named
CREATE INDEX hydra_oauth2_jti_blacklist_expiry ON hydra_oauth2_jti_blacklist ( expires_at );

-- +migrate Down
DROP TABLE hydra_oauth2_jti_blacklist;
