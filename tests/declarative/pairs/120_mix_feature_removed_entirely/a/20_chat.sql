CREATE TYPE chat_kind AS ENUM ('direct', 'group');
CREATE TABLE chats (id int PRIMARY KEY, kind chat_kind NOT NULL, created_by int REFERENCES users (id));
CREATE TABLE chat_messages (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  chat_id int NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
  author_id int NOT NULL REFERENCES users (id),
  body text NOT NULL,
  edited_at timestamptz
);
CREATE INDEX chat_messages_chat_idx ON chat_messages (chat_id, id DESC);
CREATE FUNCTION chat_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.edited_at := now(); RETURN NEW; END $$;
CREATE TRIGGER chat_messages_touch BEFORE UPDATE ON chat_messages FOR EACH ROW EXECUTE FUNCTION chat_touch();
ALTER TABLE chat_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY chat_messages_author ON chat_messages FOR UPDATE USING (author_id = current_setting('app.user_id')::int);
CREATE VIEW chat_activity AS SELECT chat_id, count(*) AS messages FROM chat_messages GROUP BY chat_id;
COMMENT ON TABLE chats IS 'Conversations';
