ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_team ON projects USING (is_member(team)) WITH CHECK (is_member(team));
