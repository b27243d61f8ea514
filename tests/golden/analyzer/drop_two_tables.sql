-- history
CREATE TABLE a (id int);
CREATE TABLE b (id int PRIMARY KEY);
-- up
DROP TABLE a, b;
-- expected
-- needs-history: recreates table a from its earlier definition; its data is lost (and 1 more)
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table b from its definition; its data is not restored
CREATE TABLE b (id int, CONSTRAINT b_pkey PRIMARY KEY (id));
-- tidemark: recreates table a from its definition; its data is not restored
CREATE TABLE a (id int);
