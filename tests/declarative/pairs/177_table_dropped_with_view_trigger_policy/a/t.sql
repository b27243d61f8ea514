CREATE TABLE keep (id int PRIMARY KEY);
CREATE TABLE scratch (id int PRIMARY KEY, note text, at timestamptz);
CREATE FUNCTION scratch_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.at := now(); RETURN NEW; END $$;
CREATE TRIGGER scratch_stamp BEFORE INSERT ON scratch FOR EACH ROW EXECUTE FUNCTION scratch_stamp();
ALTER TABLE scratch ENABLE ROW LEVEL SECURITY;
CREATE POLICY scratch_all ON scratch USING (true);
CREATE VIEW scratch_notes AS SELECT note FROM scratch;
CREATE INDEX scratch_at_idx ON scratch (at);
COMMENT ON COLUMN scratch.note IS 'free text';
