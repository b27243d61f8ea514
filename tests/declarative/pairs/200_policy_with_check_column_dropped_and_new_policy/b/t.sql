CREATE TABLE entries (id int PRIMARY KEY, author text NOT NULL, status text NOT NULL DEFAULT 'draft');
ALTER TABLE entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY entries_insert ON entries FOR INSERT WITH CHECK (author = current_user AND status = 'draft');
CREATE POLICY entries_read ON entries FOR SELECT USING (status = 'published' OR author = current_user);
