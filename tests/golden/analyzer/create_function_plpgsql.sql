-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN NEW.a := 1; RETURN NEW; END $fn$;
-- expected
-- reversible: DROP FUNCTION removes it
--   lock none
-- class: reversible
DROP FUNCTION touch();
