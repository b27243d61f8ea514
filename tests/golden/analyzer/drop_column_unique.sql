-- history
CREATE TABLE u (id int PRIMARY KEY, email text UNIQUE NOT NULL);
-- up
ALTER TABLE u DROP COLUMN email;
-- expected
-- needs-history: re-adds column email from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column email with its definition; its data is not restored
ALTER TABLE u ADD COLUMN email text NOT NULL;
ALTER TABLE u ADD CONSTRAINT u_email_key UNIQUE (email);
