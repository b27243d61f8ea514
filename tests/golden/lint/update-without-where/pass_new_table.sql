-- +migrate Up
CREATE TABLE flags (name text, on_ boolean);
INSERT INTO flags VALUES ('a', false);
UPDATE flags SET on_ = true;

-- +migrate Down
DROP TABLE flags;
