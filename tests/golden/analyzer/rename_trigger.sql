-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
-- up
ALTER TRIGGER t_touch ON t RENAME TO t_touch2;
-- expected
-- reversible: renames it back
--   lock ACCESS EXCLUSIVE
-- class: reversible
ALTER TRIGGER t_touch2 ON t RENAME TO t_touch;
