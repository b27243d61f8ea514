CREATE FUNCTION legacy_hash(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT md5(t) $$;
CREATE FUNCTION keep_me() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION counter_bump(INOUT n int) LANGUAGE plpgsql AS $$ BEGIN n := n + 1; END $$;
