CREATE TABLE short_links (
  slug text PRIMARY KEY,
  target_url text NOT NULL,
  owner text
);
CREATE INDEX short_links_target_hash ON short_links USING hash (target_url);
CREATE INDEX short_links_owner_hash ON short_links USING hash (owner);
