-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE UNIQUE INDEX t_ab_uidx ON t (a DESC NULLS LAST, b);
-- up
DROP INDEX t_ab_uidx;
-- expected
-- needs-history: recreates index t_ab_uidx from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE UNIQUE INDEX t_ab_uidx ON t USING btree (a DESC NULLS LAST, b);
