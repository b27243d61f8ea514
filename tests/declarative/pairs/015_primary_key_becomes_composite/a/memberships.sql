CREATE TABLE memberships (
  id bigint NOT NULL,
  team_id bigint NOT NULL,
  user_id bigint NOT NULL,
  role text NOT NULL DEFAULT 'member',
  CONSTRAINT memberships_pkey PRIMARY KEY (id)
);
