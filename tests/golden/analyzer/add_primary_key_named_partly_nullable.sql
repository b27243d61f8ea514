-- history
CREATE TABLE u (a int NOT NULL, b int, v text);
-- up
ALTER TABLE u ADD CONSTRAINT u_pk PRIMARY KEY (a, b);
-- expected
-- reversible: DROP CONSTRAINT removes the new constraint
--   lock ACCESS EXCLUSIVE, scans
-- class: reversible
ALTER TABLE u DROP CONSTRAINT u_pk;
ALTER TABLE u ALTER COLUMN b DROP NOT NULL;
