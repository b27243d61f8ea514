CREATE TABLE defaults_demo (
  id int PRIMARY KEY,
  utc_at timestamp DEFAULT (now() AT TIME ZONE 'utc'),
  ints int[] DEFAULT '{}'::int[],
  pair int[] DEFAULT ARRAY[1, 2],
  neg int DEFAULT (-1),
  joined text DEFAULT 'a' || 'b',
  precise timestamptz DEFAULT CURRENT_TIMESTAMP(3),
  who name DEFAULT current_user,
  local timestamp DEFAULT LOCALTIMESTAMP,
  uid uuid DEFAULT gen_random_uuid(),
  period interval DEFAULT interval '1 day 2 hours',
  cfg jsonb DEFAULT jsonb_build_object('a', 1, 'b', ARRAY['x']),
  flag boolean DEFAULT (NOT false),
  code text DEFAULT upper(substr(md5(random()::text), 1, 6))
);
