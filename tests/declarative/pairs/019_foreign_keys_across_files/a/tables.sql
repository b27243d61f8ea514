CREATE TABLE regions (code text PRIMARY KEY, name text NOT NULL);
