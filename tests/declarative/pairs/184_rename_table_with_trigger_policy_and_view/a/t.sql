CREATE TABLE msgs (id int CONSTRAINT messages_pk PRIMARY KEY, body text, sent_at timestamptz);
CREATE FUNCTION msgs_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.sent_at := now(); RETURN NEW; END $$;
CREATE TRIGGER msgs_stamp BEFORE INSERT ON msgs FOR EACH ROW EXECUTE FUNCTION msgs_stamp();
ALTER TABLE msgs ENABLE ROW LEVEL SECURITY;
CREATE POLICY msgs_all ON msgs USING (true);
COMMENT ON TABLE msgs IS 'Chat messages';
