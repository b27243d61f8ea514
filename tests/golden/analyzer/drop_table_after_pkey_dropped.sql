-- history
CREATE TABLE u (id int PRIMARY KEY, v text);
ALTER TABLE u DROP CONSTRAINT u_pkey;
-- up
DROP TABLE u;
-- expected
-- needs-history: recreates table u from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table u from its definition; its data is not restored
CREATE TABLE u (id int NOT NULL, v text);
