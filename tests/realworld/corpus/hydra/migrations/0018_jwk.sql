-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190200000003000000_jwk.up.sql
-- down: persistence/sql/migrations/20190200000003000000_jwk.down.sql
-- +migrate Up
DELETE FROM hydra_jwk WHERE sid='hydra.openid.id-token';
