-- history
CREATE TABLE t (a int);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE t RENAME TO t2;
-- up
DROP TRIGGER t_touch ON t2;
-- expected
-- needs-history: recreates trigger t_touch from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE TRIGGER t_touch BEFORE INSERT ON t2 FOR EACH ROW EXECUTE FUNCTION touch();
