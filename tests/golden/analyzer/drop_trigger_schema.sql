-- history
CREATE SCHEMA app;
CREATE TABLE app.t (a int);
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION app.touch();
-- up
DROP TRIGGER t_touch ON app.t;
-- expected
-- needs-history: recreates trigger t_touch from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE TRIGGER t_touch BEFORE INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION app.touch();
