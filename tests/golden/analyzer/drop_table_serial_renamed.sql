-- history
CREATE TABLE u (id serial, v text);
ALTER TABLE u RENAME TO u2;
-- up
DROP TABLE u2;
-- expected
-- unknown: recreates table u2 from its earlier definition; its data is lost (but column id's default takes values from sequence u_id_seq, which no earlier migration created (a serial column's own sequence, dropped with it); recreate the column and its sequence by hand)
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: column id's default takes values from sequence u_id_seq, which no earlier migration created (a serial column's own sequence, dropped with it); recreate the column and its sequence by hand
