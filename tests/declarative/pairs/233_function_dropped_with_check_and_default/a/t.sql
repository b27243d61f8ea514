CREATE FUNCTION gen_code() RETURNS text LANGUAGE sql AS $$ SELECT md5(random()::text) $$;
CREATE FUNCTION is_code(t text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(t) = 32 $$;
CREATE TABLE invites (id int PRIMARY KEY, code text DEFAULT gen_code() CHECK (is_code(code)));
