CREATE TABLE docs (id int PRIMARY KEY, body text, changed_by text);
CREATE FUNCTION set_column() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], TG_ARGV[1]));
  RETURN NEW;
END;
$$;
CREATE TRIGGER docs_changed_by BEFORE UPDATE ON docs FOR EACH ROW EXECUTE FUNCTION set_column('changed_by', 'system');
