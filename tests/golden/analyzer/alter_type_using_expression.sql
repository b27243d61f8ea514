-- history
CREATE TABLE price (id bigint PRIMARY KEY, amount numeric(10,2));
-- up
ALTER TABLE price ALTER COLUMN amount TYPE bigint USING (amount * 100)::bigint;
-- expected
-- unknown: the Up converts column amount with a USING expression that tidemark cannot invert; write its Down by hand
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: unknown
-- tidemark: the Up converts column amount with a USING expression that tidemark cannot invert; write its Down by hand
