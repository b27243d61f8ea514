-- history
CREATE TABLE t (a int);
CREATE PROCEDURE put(x int, y int DEFAULT 0) LANGUAGE sql AS $$ INSERT INTO t VALUES (x + y) $$;
-- up
DROP PROCEDURE put(int, int);
-- expected
-- needs-history: recreates function put from its earlier definition
--   lock none
-- class: needs-history
CREATE PROCEDURE put(x int, y int DEFAULT 0) LANGUAGE sql AS $$ INSERT INTO t VALUES (x + y) $$;
