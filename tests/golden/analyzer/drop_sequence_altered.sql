-- history
CREATE TABLE u (id int);
CREATE SEQUENCE s;
ALTER SEQUENCE s INCREMENT BY 10 OWNED BY u.id;
-- up
DROP SEQUENCE s;
-- expected
-- unknown: sequence s was changed by a later ALTER SEQUENCE, which tidemark does not replay; its definition is unknown, recreate it by hand
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: sequence s was changed by a later ALTER SEQUENCE, which tidemark does not replay; its definition is unknown, recreate it by hand
