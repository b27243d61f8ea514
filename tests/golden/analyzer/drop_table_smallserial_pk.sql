-- history
CREATE TABLE u (id smallserial PRIMARY KEY, v text);
-- up
DROP TABLE u;
-- expected
-- needs-history: recreates table u from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table u from its definition; its data is not restored
CREATE TABLE u (id smallserial, v text, CONSTRAINT u_pkey PRIMARY KEY (id));
