CREATE TABLE counters (id int PRIMARY KEY, n int NOT NULL DEFAULT 0, changed_at timestamptz);
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.changed_at := now(); RETURN NEW; END $$;
CREATE TRIGGER counters_stamp BEFORE UPDATE ON counters FOR EACH ROW EXECUTE FUNCTION stamp();
