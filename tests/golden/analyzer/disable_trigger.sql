-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
-- up
ALTER TABLE t DISABLE TRIGGER t_touch;
-- expected
-- reversible: ENABLE TRIGGER t_touch restores the earlier state
--   lock SHARE ROW EXCLUSIVE
-- class: reversible
ALTER TABLE t ENABLE TRIGGER t_touch;
