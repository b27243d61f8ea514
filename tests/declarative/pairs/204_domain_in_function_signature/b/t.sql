CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%@%');
CREATE FUNCTION email_domain(e email_address) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(split_part(e, '@', 2)) $$;
CREATE FUNCTION email_local(e email_address) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(e, '@', 1) $$;
