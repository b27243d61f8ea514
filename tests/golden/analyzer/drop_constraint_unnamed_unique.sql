-- history
CREATE TABLE u (id int, email text UNIQUE);
-- up
ALTER TABLE u DROP CONSTRAINT u_email_key;
-- expected
-- needs-history: re-adds constraint u_email_key from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE u ADD CONSTRAINT u_email_key UNIQUE (email);
