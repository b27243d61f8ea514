CREATE FUNCTION normalize_email(e text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  cleaned text;
BEGIN
  cleaned := lower(trim(e));
  IF cleaned = '' THEN
    RETURN NULL;
  END IF;
  RETURN cleaned;
END;
$$;
CREATE FUNCTION score(a int, b int) RETURNS int LANGUAGE sql AS 'SELECT a * 2 + b';
