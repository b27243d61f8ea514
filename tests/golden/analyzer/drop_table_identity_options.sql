-- history
CREATE TABLE w (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5) PRIMARY KEY, v text);
-- up
DROP TABLE w;
-- expected
-- needs-history: recreates table w from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table w from its definition; its data is not restored
CREATE TABLE w (id bigint GENERATED ALWAYS AS IDENTITY (START 100 INCREMENT 5 ), v text, CONSTRAINT w_pkey PRIMARY KEY (id));
