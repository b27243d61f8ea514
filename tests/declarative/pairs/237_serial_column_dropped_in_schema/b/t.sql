CREATE SCHEMA legacy;
CREATE TABLE legacy.imports (id serial PRIMARY KEY, file text, imported_at timestamptz DEFAULT now());
