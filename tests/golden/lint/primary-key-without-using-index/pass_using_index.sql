-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_idx;

-- +migrate Down
ALTER TABLE events DROP CONSTRAINT events_pkey;
