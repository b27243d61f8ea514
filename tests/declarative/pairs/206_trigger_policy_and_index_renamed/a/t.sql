CREATE TABLE comments (id int PRIMARY KEY, body text, edited timestamptz);
CREATE FUNCTION comments_edit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.edited := now(); RETURN NEW; END $$;
CREATE TRIGGER trg_comments_edit BEFORE UPDATE ON comments FOR EACH ROW EXECUTE FUNCTION comments_edit();
ALTER TABLE comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_comments ON comments USING (true);
CREATE INDEX idx_comments_edited ON comments (edited);
