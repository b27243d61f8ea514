-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.a := 0; RETURN NEW; END $$;
CREATE TRIGGER t_stamp BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION stamp();
-- expected
-- reversible: DROP FUNCTION removes it
--   lock none
-- reversible: DROP TRIGGER removes the new trigger
--   lock SHARE ROW EXCLUSIVE
-- class: reversible
DROP TRIGGER t_stamp ON t;
DROP FUNCTION stamp();
