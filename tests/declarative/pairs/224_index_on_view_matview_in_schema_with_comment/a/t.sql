CREATE SCHEMA analytics;
CREATE TABLE events (id bigint PRIMARY KEY, name text NOT NULL, at timestamptz NOT NULL);
