-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
-- up
CREATE OR REPLACE TRIGGER t_touch AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();
-- expected
-- needs-history: restores the earlier trigger definition
--   lock SHARE ROW EXCLUSIVE
-- class: needs-history
-- tidemark: restores the earlier definition
CREATE OR REPLACE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
