CREATE TABLE messages (
  id bigint PRIMARY KEY,
  channel_id bigint NOT NULL,
  sent_at timestamptz NOT NULL,
  author_id bigint,
  pinned boolean NOT NULL DEFAULT false
);
CREATE INDEX messages_channel_idx ON messages (channel_id);
