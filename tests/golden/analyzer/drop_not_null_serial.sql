-- history
CREATE TABLE u (id serial, v text);
-- up
ALTER TABLE u ALTER COLUMN id DROP NOT NULL;
-- expected
-- conditional: SET NOT NULL undoes it, but fails if NULLs were written meanwhile
--   lock ACCESS EXCLUSIVE
-- class: conditional
ALTER TABLE u ALTER COLUMN id SET NOT NULL;
