-- history
-- up
ALTER TABLE other ALTER COLUMN a SET DEFAULT 1;
-- expected
-- unknown: column a is not known from earlier migrations; its old default is needed
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: column a is not known from earlier migrations; its old default is needed
