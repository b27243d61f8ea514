-- history
CREATE TABLE u_pkey (a int);
-- up
CREATE TABLE u (id int PRIMARY KEY, v text);
COMMENT ON INDEX u_pkey1 IS 'the key';
-- expected
-- reversible: DROP TABLE removes the new table
--   lock ACCESS EXCLUSIVE
-- needs-history: no earlier migration set a comment; the Down removes it
--   lock SHARE UPDATE EXCLUSIVE
-- class: needs-history
COMMENT ON INDEX u_pkey1 IS NULL;
DROP TABLE u;
