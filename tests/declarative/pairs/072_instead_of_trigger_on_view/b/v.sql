CREATE VIEW people_names AS SELECT id, first || ' ' || last AS full_name FROM people;
CREATE FUNCTION people_names_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO people (id, first, last)
    VALUES (NEW.id, split_part(NEW.full_name, ' ', 1), split_part(NEW.full_name, ' ', 2));
  RETURN NEW;
END;
$$;
CREATE TRIGGER people_names_ins INSTEAD OF INSERT ON people_names
  FOR EACH ROW EXECUTE FUNCTION people_names_insert();
