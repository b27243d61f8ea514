CREATE SCHEMA jobs;
CREATE TABLE jobs.queue (id bigserial PRIMARY KEY, payload jsonb NOT NULL);
CREATE TABLE jobs.dead_letters (id bigserial PRIMARY KEY, job_id bigint, error text);
CREATE INDEX dead_letters_job_idx ON jobs.dead_letters (job_id);
