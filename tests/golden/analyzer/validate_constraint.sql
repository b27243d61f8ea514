-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
ALTER TABLE t ADD CONSTRAINT t_a_pos CHECK (a > 0) NOT VALID;
-- up
ALTER TABLE t VALIDATE CONSTRAINT t_a_pos;
-- expected
-- needs-history: re-adds constraint t_a_pos as NOT VALID (PostgreSQL cannot un-validate)
--   lock SHARE UPDATE EXCLUSIVE, scans
-- class: needs-history
ALTER TABLE t DROP CONSTRAINT t_a_pos;
ALTER TABLE t ADD CONSTRAINT t_a_pos CHECK (a > 0) NOT VALID;
