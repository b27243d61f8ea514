CREATE SCHEMA jobs;
CREATE TABLE jobs.queue (id bigserial PRIMARY KEY, payload jsonb NOT NULL, failed_at timestamptz, error text);
