CREATE TABLE docs (
  id int PRIMARY KEY,
  body text, -- tidemark:renamed-from txt
  edited timestamptz
);
CREATE FUNCTION docs_edited() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.edited := now(); RETURN NEW; END $$;
CREATE TRIGGER docs_edited BEFORE UPDATE OF body ON docs FOR EACH ROW EXECUTE FUNCTION docs_edited();
