-- history
CREATE TABLE u (id int, n bigserial);
-- up
ALTER TABLE u DROP COLUMN n;
-- expected
-- needs-history: re-adds column n from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column n with its definition; its data is not restored
ALTER TABLE u ADD COLUMN n bigserial;
