CREATE TABLE entries (id int PRIMARY KEY, author text NOT NULL, draft boolean NOT NULL DEFAULT true);
ALTER TABLE entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY entries_insert ON entries FOR INSERT WITH CHECK (author = current_user AND draft);
