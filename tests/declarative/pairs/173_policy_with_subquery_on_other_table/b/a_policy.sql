ALTER TABLE boards ENABLE ROW LEVEL SECURITY;
CREATE POLICY boards_members ON boards
  USING (EXISTS (SELECT 1 FROM team_members m WHERE m.team_id = boards.team_id AND m.username = current_user));
