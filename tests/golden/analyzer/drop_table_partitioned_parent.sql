-- history
CREATE TABLE ev (id int, at date) PARTITION BY RANGE (at);
-- up
DROP TABLE ev;
-- expected
-- needs-history: recreates table ev from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table ev from its definition; its data is not restored
CREATE TABLE ev (id int, at date) PARTITION BY range(at);
