CREATE TABLE files (id int PRIMARY KEY, owner text NOT NULL);
ALTER TABLE files ENABLE ROW LEVEL SECURITY;
CREATE POLICY files_access ON files USING (owner = current_user);
