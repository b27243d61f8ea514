CREATE TABLE widgets (
  name text NOT NULL,
  id bigserial
);
CREATE TABLE gadgets (
  id serial PRIMARY KEY,
  name text
);
CREATE TABLE gizmos (
  id smallserial PRIMARY KEY,
  widget_count int DEFAULT 0
);
