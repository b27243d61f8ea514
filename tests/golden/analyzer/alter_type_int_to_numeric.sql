-- history
CREATE TABLE acct (id bigint PRIMARY KEY, balance integer NOT NULL);
-- up
ALTER TABLE acct ALTER COLUMN balance TYPE numeric(12,2);
-- expected
-- conditional: changes column balance back to its earlier type integer, which rounds values to whole numbers without an error; fails if a value is out of range for integer
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: conditional
ALTER TABLE acct ALTER COLUMN balance TYPE int;
