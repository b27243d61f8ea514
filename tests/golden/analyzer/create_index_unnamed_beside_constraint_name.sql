-- history
CREATE TABLE u (a int, CONSTRAINT u_a_idx CHECK (a > 0));
-- up
CREATE INDEX ON u (a);
-- expected
-- conditional: the index is unnamed: DROP INDEX uses PostgreSQL's default name u_a_idx
--   lock SHARE, scans
-- class: conditional
DROP INDEX u_a_idx;
