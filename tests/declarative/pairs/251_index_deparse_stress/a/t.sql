CREATE TABLE records (id int PRIMARY KEY, meta jsonb, name text, created timestamptz, score numeric, flags int);
