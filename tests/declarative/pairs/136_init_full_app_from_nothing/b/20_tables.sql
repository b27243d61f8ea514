CREATE TABLE app.users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email citext NOT NULL UNIQUE,
  display_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz
);
CREATE TABLE app.teams (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug app.slug NOT NULL UNIQUE,
  name text NOT NULL
);
CREATE TABLE app.team_members (
  team_id bigint NOT NULL REFERENCES app.teams (id) ON DELETE CASCADE,
  user_id bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
  role app.member_role NOT NULL DEFAULT 'member',
  PRIMARY KEY (team_id, user_id)
);
CREATE TABLE audit.changes (
  id bigserial PRIMARY KEY,
  table_name text NOT NULL,
  op char(1) NOT NULL CHECK (op IN ('I', 'U', 'D')),
  row_data jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_at_brin ON audit.changes USING brin (at);
CREATE INDEX team_members_user_idx ON app.team_members (user_id);
