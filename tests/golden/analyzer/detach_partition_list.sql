-- history
CREATE TABLE ev (id int, region text) PARTITION BY LIST (region);
CREATE TABLE ev_eu PARTITION OF ev FOR VALUES IN ('eu', 'uk');
-- up
ALTER TABLE ev DETACH PARTITION ev_eu;
-- expected
-- needs-history: re-attaches partition ev_eu with its earlier bounds
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE ev ATTACH PARTITION ev_eu FOR VALUES IN ('eu', 'uk');
