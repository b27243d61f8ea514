-- history
CREATE TABLE u (x int, at timestamptz DEFAULT now());
-- up
ALTER TABLE u DROP COLUMN x, ALTER COLUMN at DROP DEFAULT;
-- expected
-- needs-history: re-adds column x from its earlier definition (type, default, constraints); its data is lost (2 subcommands)
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE u ALTER COLUMN at SET DEFAULT now();
-- tidemark: re-adds column x with its definition; its data is not restored
ALTER TABLE u ADD COLUMN x int;
