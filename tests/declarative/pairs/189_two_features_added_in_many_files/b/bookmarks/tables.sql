CREATE TABLE bookmarks (
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  url text NOT NULL,
  title text,
  saved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, url)
);
CREATE VIEW bookmark_counts AS SELECT user_id, count(*) AS n FROM bookmarks GROUP BY user_id;
COMMENT ON VIEW bookmark_counts IS 'Bookmarks per user';
