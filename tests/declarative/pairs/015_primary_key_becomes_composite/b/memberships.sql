CREATE TABLE memberships (
  team_id bigint NOT NULL,
  user_id bigint NOT NULL,
  role text NOT NULL DEFAULT 'member',
  CONSTRAINT memberships_pkey PRIMARY KEY (team_id, user_id)
);
