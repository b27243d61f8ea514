-- A migration with findings of every severity, a multi-byte character
-- before a finding, and an ignored statement.
-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE "Café" ADD COLUMN token uuid DEFAULT gen_random_uuid();
-- tidemark-ignore ban-drop-column: unused since v2
ALTER TABLE users DROP COLUMN fax;
DROP TABLE legacy;
CREATE INDEX users_email_idx ON users (email);

-- +migrate Down
DROP INDEX users_email_idx;
ALTER TABLE users ADD COLUMN fax text;
ALTER TABLE "Café" DROP COLUMN token;
