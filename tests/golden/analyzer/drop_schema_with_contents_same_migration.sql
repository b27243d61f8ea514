-- history
CREATE SCHEMA app;
CREATE TABLE app.t (id int PRIMARY KEY, v text);
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
-- up
DROP FUNCTION app.f();
DROP TABLE app.t;
DROP SCHEMA app;
-- expected
-- needs-history: recreates function f from its earlier definition
--   lock none
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- needs-history: recreates the (empty) schema app
--   lock none
-- class: needs-history
CREATE SCHEMA app;
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE app.t (id int, v text, CONSTRAINT t_pkey PRIMARY KEY (id));
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
