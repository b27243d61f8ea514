-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE STATISTICS t_st ON a, b FROM t;
-- expected
-- reversible: DROP removes statistics t_st
--   lock SHARE UPDATE EXCLUSIVE
-- class: reversible
DROP STATISTICS t_st;
