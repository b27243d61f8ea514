-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20241031094100000002_foreign_key.autocommit.up.sql
-- down: persistence/sql/migrations/sql/20241031094100000002_foreign_key.autocommit.down.sql
-- +migrate Up notransaction
ALTER TABLE session_token_exchanges ADD CONSTRAINT session_token_exchanges_nid_fk FOREIGN KEY (nid) REFERENCES networks (id) ON DELETE CASCADE;

-- +migrate Down notransaction
ALTER TABLE session_token_exchanges DROP CONSTRAINT session_token_exchanges_nid_fk;
