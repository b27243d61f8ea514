-- history
CREATE TABLE node (id int PRIMARY KEY, parent int REFERENCES node (id) DEFERRABLE INITIALLY DEFERRED);
-- up
DROP TABLE node;
-- expected
-- needs-history: recreates table node from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table node from its definition; its data is not restored
CREATE TABLE node (id int, parent int, CONSTRAINT node_pkey PRIMARY KEY (id), CONSTRAINT node_parent_fkey FOREIGN KEY (parent) REFERENCES node (id) DEFERRABLE INITIALLY DEFERRED);
