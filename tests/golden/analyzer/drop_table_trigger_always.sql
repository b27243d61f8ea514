-- history
CREATE TABLE t (a int);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE t ENABLE ALWAYS TRIGGER t_touch;
-- up
DROP TABLE t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (a int);
CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE t ENABLE ALWAYS TRIGGER t_touch;
