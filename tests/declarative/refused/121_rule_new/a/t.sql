CREATE TABLE audit_events (id bigint PRIMARY KEY, what text NOT NULL);
