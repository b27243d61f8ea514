CREATE TABLE documents (
  id int PRIMARY KEY,
  title text NOT NULL,
  body text,
  labels text[] NOT NULL DEFAULT '{}',
  attrs jsonb
);
CREATE INDEX documents_labels_idx ON documents USING gin (labels);
CREATE INDEX documents_attrs_idx ON documents USING gin (attrs jsonb_path_ops);
CREATE INDEX documents_fts_idx ON documents USING gin (to_tsvector('english', title || ' ' || coalesce(body, '')));
