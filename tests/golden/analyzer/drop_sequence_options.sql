-- history
CREATE SEQUENCE s AS smallint START 3 INCREMENT -1 MINVALUE -100 MAXVALUE 3 CACHE 5 CYCLE;
-- up
DROP SEQUENCE s;
-- expected
-- needs-history: recreates sequence s; its current value is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: the sequence restarts from its START value
CREATE SEQUENCE s AS smallint START 3 INCREMENT -1 MINVALUE -100 MAXVALUE 3 CACHE 5 CYCLE;
