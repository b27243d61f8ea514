-- history
CREATE TABLE u (a int NOT NULL);
-- up
ALTER TABLE u ALTER COLUMN a DROP NOT NULL;
-- expected
-- conditional: SET NOT NULL undoes it, but fails if NULLs were written meanwhile
--   lock ACCESS EXCLUSIVE
-- class: conditional
ALTER TABLE u ALTER COLUMN a SET NOT NULL;
