CREATE TABLE counters (name text PRIMARY KEY, value bigint);
CREATE SEQUENCE counters_value_seq OWNED BY counters.value;
ALTER TABLE counters ALTER COLUMN value SET DEFAULT nextval('counters_value_seq');
