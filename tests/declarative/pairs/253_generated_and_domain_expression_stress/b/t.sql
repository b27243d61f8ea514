CREATE DOMAIN digits AS text NOT NULL DEFAULT '0'::text CHECK (VALUE ~ '^\d+$' AND length(VALUE) < 10);
CREATE TABLE scores (
  id int PRIMARY KEY,
  points int,
  first_name text,
  last_name text,
  sign text GENERATED ALWAYS AS (CASE WHEN points > 0 THEN 'pos' WHEN points < 0 THEN 'neg' ELSE 'zero' END) STORED,
  handle text GENERATED ALWAYS AS (lower(first_name) || '-' || coalesce(last_name, '') || '-' || id::text) STORED,
  points_text digits
);
