-- history
CREATE TABLE t (a int);
CREATE FUNCTION note() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER t_check AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION note();
-- up
DROP TRIGGER t_check ON t;
-- expected
-- needs-history: recreates trigger t_check from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE CONSTRAINT TRIGGER t_check AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION note();
