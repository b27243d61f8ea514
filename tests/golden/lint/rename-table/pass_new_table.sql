-- +migrate Up
CREATE TABLE draft (id int);
ALTER TABLE draft RENAME TO final;

-- +migrate Down
DROP TABLE final;
