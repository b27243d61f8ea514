CREATE TABLE webhooks (id int PRIMARY KEY, payload jsonb, headers json, status int);
CREATE INDEX webhooks_payload_idx ON webhooks USING gin (payload);
