CREATE TABLE keep (id int PRIMARY KEY);
CREATE FUNCTION join_words(sep text DEFAULT ' ', VARIADIC words text[] DEFAULT ARRAY[]::text[]) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$ SELECT array_to_string(words, sep) $$;
CREATE FUNCTION clamp(x numeric, lo numeric DEFAULT 0, hi numeric DEFAULT 1) RETURNS numeric
  LANGUAGE sql IMMUTABLE AS $$ SELECT greatest(lo, least(hi, x)) $$;
COMMENT ON FUNCTION join_words(text, text[]) IS 'array_to_string with variadic words';
