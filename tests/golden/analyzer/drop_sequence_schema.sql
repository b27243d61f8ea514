-- history
CREATE SCHEMA app;
CREATE SEQUENCE app.s START 7;
-- up
DROP SEQUENCE app.s;
-- expected
-- needs-history: recreates sequence s; its current value is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: the sequence restarts from its START value
CREATE SEQUENCE app.s START 7;
