-- history
CREATE TABLE u (id int NOT NULL);
-- up
ALTER TABLE u ADD PRIMARY KEY (id);
-- expected
-- conditional: the constraint is unnamed: DROP CONSTRAINT uses PostgreSQL's default name u_pkey
--   lock ACCESS EXCLUSIVE, scans
-- class: conditional
ALTER TABLE u DROP CONSTRAINT u_pkey;
