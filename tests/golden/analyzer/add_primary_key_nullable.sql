-- history
CREATE TABLE u (id int, v text);
-- up
ALTER TABLE u ADD PRIMARY KEY (id);
-- expected
-- conditional: the constraint is unnamed: DROP CONSTRAINT uses PostgreSQL's default name u_pkey
--   lock ACCESS EXCLUSIVE, scans
-- class: conditional
ALTER TABLE u DROP CONSTRAINT u_pkey;
ALTER TABLE u ALTER COLUMN id DROP NOT NULL;
