CREATE TABLE docs (id int PRIMARY KEY, txt text, edited timestamptz);
CREATE FUNCTION docs_edited() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.edited := now(); RETURN NEW; END $$;
CREATE TRIGGER docs_edited BEFORE UPDATE OF txt ON docs FOR EACH ROW EXECUTE FUNCTION docs_edited();
