-- history
CREATE TABLE t (a int);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE t ENABLE ALWAYS TRIGGER t_touch;
-- up
ALTER TABLE t DISABLE TRIGGER t_touch;
-- expected
-- reversible: ENABLE ALWAYS TRIGGER t_touch restores the earlier state
--   lock SHARE ROW EXCLUSIVE
-- class: reversible
ALTER TABLE t ENABLE ALWAYS TRIGGER t_touch;
