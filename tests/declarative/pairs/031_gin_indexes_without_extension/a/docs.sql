CREATE TABLE documents (
  id int PRIMARY KEY,
  title text NOT NULL,
  body text,
  labels text[] NOT NULL DEFAULT '{}',
  attrs jsonb
);
