-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE events ADD PRIMARY KEY (id);

-- +migrate Down
ALTER TABLE events DROP CONSTRAINT events_pkey;
