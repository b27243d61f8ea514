-- history
CREATE TABLE u (id int, a int CHECK (a > 0));
-- up
ALTER TABLE u DROP COLUMN a;
-- expected
-- needs-history: re-adds column a from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column a with its definition; its data is not restored
ALTER TABLE u ADD COLUMN a int;
ALTER TABLE u ADD CONSTRAINT u_a_check CHECK (a > 0);
