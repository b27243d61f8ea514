CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);
CREATE FUNCTION users_clean() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.email := lower(NEW.email);
  RETURN NEW;
END;
$$;
CREATE TRIGGER users_clean BEFORE INSERT OR UPDATE ON users FOR EACH ROW EXECUTE FUNCTION users_clean();
