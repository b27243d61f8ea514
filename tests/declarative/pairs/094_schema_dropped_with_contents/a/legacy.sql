CREATE SCHEMA legacy;
CREATE TABLE legacy.import_rows (id int PRIMARY KEY, payload jsonb);
CREATE VIEW legacy.import_count AS SELECT count(*) AS n FROM legacy.import_rows;
CREATE FUNCTION legacy.cleanup() RETURNS void LANGUAGE sql AS $$ DELETE FROM legacy.import_rows $$;
CREATE SEQUENCE legacy.batch_seq;
CREATE TYPE legacy.source AS ENUM ('csv', 'api');
