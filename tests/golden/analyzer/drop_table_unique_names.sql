-- history
CREATE TABLE u (a int UNIQUE, b int, UNIQUE (a, b), UNIQUE (b, a));
ALTER TABLE u ADD UNIQUE (a);
-- up
DROP TABLE u;
-- expected
-- needs-history: recreates table u from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table u from its definition; its data is not restored
CREATE TABLE u (a int, b int, CONSTRAINT u_a_key UNIQUE (a), CONSTRAINT u_a_b_key UNIQUE (a, b), CONSTRAINT u_b_a_key UNIQUE (b, a));
ALTER TABLE u ADD CONSTRAINT u_a_key1 UNIQUE (a);
