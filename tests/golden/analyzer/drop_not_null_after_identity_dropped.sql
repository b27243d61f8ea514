-- history
CREATE TABLE w (id int GENERATED ALWAYS AS IDENTITY, v text);
ALTER TABLE w ALTER COLUMN id DROP IDENTITY;
-- up
ALTER TABLE w ALTER COLUMN id DROP NOT NULL;
-- expected
-- conditional: SET NOT NULL undoes it, but fails if NULLs were written meanwhile
--   lock ACCESS EXCLUSIVE
-- class: conditional
ALTER TABLE w ALTER COLUMN id SET NOT NULL;
