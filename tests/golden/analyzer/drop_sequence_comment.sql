-- history
CREATE SEQUENCE s;
COMMENT ON SEQUENCE s IS 'order numbers';
-- up
DROP SEQUENCE s;
-- expected
-- needs-history: recreates sequence s; its current value is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: the sequence restarts from its START value
CREATE SEQUENCE s;
COMMENT ON SEQUENCE s IS 'order numbers';
