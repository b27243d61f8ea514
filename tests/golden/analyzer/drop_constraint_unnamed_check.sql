-- history
CREATE TABLE u (n int CHECK (n > 0));
-- up
ALTER TABLE u DROP CONSTRAINT u_n_check;
-- expected
-- needs-history: re-adds constraint u_n_check from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE u ADD CONSTRAINT u_n_check CHECK (n > 0);
