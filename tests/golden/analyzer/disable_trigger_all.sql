-- history
CREATE TABLE t (a int);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();
-- up
ALTER TABLE t DISABLE TRIGGER ALL;
-- expected
-- unknown: tidemark does not model this ALTER TABLE subcommand yet; write its Down by hand
--   lock SHARE ROW EXCLUSIVE
-- class: unknown
-- tidemark: tidemark does not model this ALTER TABLE subcommand yet; write its Down by hand
