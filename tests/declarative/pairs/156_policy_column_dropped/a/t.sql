CREATE TABLE files (id int PRIMARY KEY, owner text NOT NULL, legacy_acl text[]);
ALTER TABLE files ENABLE ROW LEVEL SECURITY;
CREATE POLICY files_access ON files USING (owner = current_user OR current_user = ANY (legacy_acl));
