-- history
CREATE TABLE w (id int GENERATED ALWAYS AS IDENTITY, v text);
ALTER TABLE w ALTER COLUMN id DROP IDENTITY;
-- up
DROP TABLE w;
-- expected
-- needs-history: recreates table w from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table w from its definition; its data is not restored
CREATE TABLE w (id int NOT NULL, v text);
