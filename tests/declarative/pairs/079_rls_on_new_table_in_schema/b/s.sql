CREATE SCHEMA app;
CREATE TABLE app.messages (id bigint PRIMARY KEY, sender text NOT NULL, recipient text NOT NULL, body text);
ALTER TABLE app.messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.messages FORCE ROW LEVEL SECURITY;
CREATE POLICY messages_party ON app.messages USING (current_user IN (sender, recipient));
CREATE POLICY messages_send ON app.messages AS RESTRICTIVE FOR INSERT WITH CHECK (sender = current_user);
