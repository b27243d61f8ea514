-- tidemark:renamed-from msgs
CREATE TABLE messages (id int CONSTRAINT messages_pk PRIMARY KEY, body text, sent_at timestamptz);
CREATE FUNCTION msgs_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.sent_at := now(); RETURN NEW; END $$;
CREATE TRIGGER msgs_stamp BEFORE INSERT ON messages FOR EACH ROW EXECUTE FUNCTION msgs_stamp();
ALTER TABLE messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY msgs_all ON messages USING (true);
COMMENT ON TABLE messages IS 'Chat messages';
CREATE VIEW message_bodies AS SELECT id, body FROM messages;
