CREATE TABLE posts (
  id bigint PRIMARY KEY,
  title text NOT NULL,
  body text,
  legacy_flag boolean DEFAULT false,
  old_score numeric(5,2) CHECK (old_score >= 0),
  published_at timestamptz
);
CREATE INDEX posts_old_score_idx ON posts (old_score);
