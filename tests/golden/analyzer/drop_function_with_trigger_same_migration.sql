-- history
CREATE TABLE t (a int);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();
-- up
DROP TRIGGER t_touch ON t;
DROP FUNCTION touch();
-- expected
-- needs-history: recreates trigger t_touch from its earlier definition
--   lock ACCESS EXCLUSIVE
-- needs-history: recreates function touch from its earlier definition
--   lock none
-- class: needs-history
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();
