-- +migrate Up
ALTER TYPE mood RENAME VALUE 'ok' TO 'fine';

-- +migrate Down
ALTER TYPE mood RENAME VALUE 'fine' TO 'ok';
