-- history
CREATE TABLE u_pkey (a int);
CREATE TABLE u (id int NOT NULL, v text);
-- up
ALTER TABLE u ADD PRIMARY KEY (id);
-- expected
-- conditional: the constraint is unnamed: DROP CONSTRAINT uses PostgreSQL's default name u_pkey1
--   lock ACCESS EXCLUSIVE, scans
-- class: conditional
ALTER TABLE u DROP CONSTRAINT u_pkey1;
