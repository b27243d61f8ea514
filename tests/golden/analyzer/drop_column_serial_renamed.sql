-- history
CREATE TABLE u (id int, n serial);
ALTER TABLE u RENAME COLUMN n TO m;
-- up
ALTER TABLE u DROP COLUMN m;
-- expected
-- unknown: re-adds column m from its earlier definition (type, default, constraints); its data is lost (but column m's default takes values from sequence u_n_seq, which no earlier migration created (a serial column's own sequence, dropped with it); recreate the column and its sequence by hand)
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: column m's default takes values from sequence u_n_seq, which no earlier migration created (a serial column's own sequence, dropped with it); recreate the column and its sequence by hand
