ALTER TABLE app.team_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_members_self ON app.team_members FOR SELECT USING (user_id = current_setting('app.user_id', true)::bigint);
CREATE VIEW app.team_sizes AS SELECT t.slug, count(m.user_id) AS members FROM app.teams t LEFT JOIN app.team_members m ON m.team_id = t.id GROUP BY t.slug;
COMMENT ON SCHEMA audit IS 'Row change history';
COMMENT ON TABLE app.users IS 'Accounts';
COMMENT ON COLUMN app.users.email IS 'Case-insensitive login';
