-- +migrate Up
CREATE TYPE status AS ENUM ('new', 'done');
ALTER TYPE status ADD VALUE 'failed';

-- +migrate Down
DROP TYPE status;
