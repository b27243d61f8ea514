CREATE TABLE events (id int PRIMARY KEY, org_id int NOT NULL, visibility text NOT NULL DEFAULT 'private');
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
CREATE POLICY events_org ON events FOR SELECT TO PUBLIC
  USING (visibility = 'public' OR org_id = current_setting('app.org_id')::int);
