-- history
CREATE TABLE t (a int, b int);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE UPDATE OF a, b ON t FOR EACH ROW WHEN (OLD.a IS DISTINCT FROM NEW.a) EXECUTE FUNCTION touch();
-- up
DROP TRIGGER t_touch ON t;
-- expected
-- needs-history: recreates trigger t_touch from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE TRIGGER t_touch BEFORE UPDATE OF a, b ON t FOR EACH ROW WHEN (OLD.a IS DISTINCT FROM NEW.a) EXECUTE FUNCTION touch();
