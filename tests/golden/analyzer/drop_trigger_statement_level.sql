-- history
CREATE TABLE t (a int);
CREATE FUNCTION note() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER t_note AFTER INSERT OR DELETE ON t FOR EACH STATEMENT EXECUTE FUNCTION note();
-- up
DROP TRIGGER t_note ON t;
-- expected
-- needs-history: recreates trigger t_note from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE TRIGGER t_note AFTER INSERT OR DELETE ON t FOR EACH STATEMENT EXECUTE FUNCTION note();
