-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t DROP CONSTRAINT t_pkey;
-- expected
-- needs-history: re-adds constraint t_pkey from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
