CREATE TABLE rules (
  id int PRIMARY KEY,
  kind text CHECK (kind IN ('a', 'b', 'c')),
  lo int,
  hi int,
  tags text[] CHECK (tags IS NULL OR cardinality(tags) <= 10),
  meta jsonb CHECK (meta IS NULL OR jsonb_typeof(meta) = 'object' AND NOT meta ? 'password'),
  starts date CHECK (starts >= DATE '2020-01-01'),
  code text CHECK (code ~* '^[a-z]+$' AND code COLLATE "C" > 'a'),
  CONSTRAINT rules_range CHECK (lo IS DISTINCT FROM hi AND coalesce(lo, 0) BETWEEN SYMMETRIC -100 AND 100),
  CONSTRAINT rules_case CHECK (CASE WHEN kind = 'a' THEN lo IS NOT NULL WHEN kind = 'b' THEN hi > 0 ELSE true END),
  CONSTRAINT rules_any CHECK (kind = ANY (ARRAY['a', 'b', 'c']) OR kind IS NULL),
  CONSTRAINT rules_cast CHECK ((code::text)::varchar(20) IS NOT NULL OR code IS NULL)
);
