-- history
CREATE TABLE t (a int, b text, c int);
CREATE INDEX t_expr_idx ON t (lower(b) DESC NULLS LAST, a) INCLUDE (c) WITH (fillfactor = 80);
-- up
DROP INDEX t_expr_idx;
-- expected
-- needs-history: recreates index t_expr_idx from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE INDEX t_expr_idx ON t USING btree (lower(b)DESC NULLS LAST, a) INCLUDE (c) WITH (fillfactor=80);
