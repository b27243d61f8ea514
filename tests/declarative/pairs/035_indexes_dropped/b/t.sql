CREATE TABLE logs (
  id bigint PRIMARY KEY,
  level text NOT NULL,
  message text,
  at timestamptz NOT NULL
);
CREATE INDEX logs_at_brin ON logs USING brin (at);
