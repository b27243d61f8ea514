-- history
CREATE TABLE ev (id int) PARTITION BY RANGE (id);
CREATE TABLE ev_d PARTITION OF ev DEFAULT;
-- up
ALTER TABLE ev DETACH PARTITION ev_d;
-- expected
-- needs-history: re-attaches partition ev_d with its earlier bounds
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE ev ATTACH PARTITION ev_d DEFAULT;
