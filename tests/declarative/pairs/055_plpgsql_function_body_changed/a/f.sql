CREATE FUNCTION normalize_email(e text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN lower(e);
END;
$$;
CREATE FUNCTION score(a int, b int) RETURNS int LANGUAGE sql AS 'SELECT a + b';
