CREATE PROCEDURE nightly() LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION helper(a int DEFAULT 1, VARIADIC rest int[] DEFAULT '{}') RETURNS int LANGUAGE sql AS $$ SELECT a + coalesce(array_length(rest, 1), 0) $$;
COMMENT ON PROCEDURE nightly() IS 'cron';
COMMENT ON FUNCTION helper(int, int[]) IS 'helps';
CREATE TABLE keep (id int PRIMARY KEY);
