-- history
CREATE TABLE u (id int, v text);
ALTER TABLE u ADD PRIMARY KEY (id);
-- up
ALTER TABLE u DROP CONSTRAINT u_pkey;
-- expected
-- needs-history: re-adds constraint u_pkey from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE u ADD CONSTRAINT u_pkey PRIMARY KEY (id);
