-- history
CREATE TABLE t (id int, a int);
GRANT SELECT (a) ON t TO PUBLIC;
-- up
ALTER TABLE t DROP COLUMN a;
-- expected
-- unknown: re-adds column a from its earlier definition (type, default, constraints); its data is lost (but earlier migrations granted or revoked privileges on column a, which tidemark does not track; write their GRANTs into the Down by hand)
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: re-adds column a with its definition; its data is not restored
ALTER TABLE t ADD COLUMN a int;
-- tidemark: earlier migrations granted or revoked privileges on column a, which tidemark does not track; write their GRANTs into the Down by hand
