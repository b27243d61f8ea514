CREATE POLICY documents_select ON documents FOR SELECT USING (shared OR owner = current_user);
CREATE POLICY documents_insert ON documents FOR INSERT WITH CHECK (owner = current_user);
CREATE POLICY documents_update ON documents FOR UPDATE USING (owner = current_user) WITH CHECK (owner = current_user AND NOT locked);
CREATE POLICY documents_delete ON documents AS RESTRICTIVE FOR DELETE USING (NOT locked);
