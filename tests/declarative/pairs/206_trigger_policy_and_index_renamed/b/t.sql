CREATE TABLE comments (id int PRIMARY KEY, body text, edited timestamptz);
CREATE FUNCTION comments_edit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.edited := now(); RETURN NEW; END $$;
CREATE TRIGGER comments_edit BEFORE UPDATE ON comments FOR EACH ROW EXECUTE FUNCTION comments_edit();
ALTER TABLE comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY comments_visible ON comments USING (true);
CREATE INDEX comments_edited_idx ON comments (edited);
