CREATE SCHEMA legacy;
CREATE TABLE legacy.imports (id serial PRIMARY KEY, row_no bigserial, file text);
