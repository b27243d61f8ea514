CREATE TABLE app.organizations (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE app.members (
  org_id bigint NOT NULL REFERENCES app.organizations (id) ON DELETE CASCADE,
  user_id bigint NOT NULL REFERENCES public.users (id),
  role text NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member')),
  PRIMARY KEY (org_id, user_id)
);
CREATE INDEX members_user_idx ON app.members (user_id);
