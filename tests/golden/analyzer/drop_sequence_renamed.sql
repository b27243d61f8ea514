-- history
CREATE SEQUENCE s START 4;
ALTER SEQUENCE s RENAME TO s2;
-- up
DROP SEQUENCE s2;
-- expected
-- needs-history: recreates sequence s2; its current value is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: the sequence restarts from its START value
CREATE SEQUENCE s2 START 4;
