CREATE TABLE documents (id int PRIMARY KEY, owner text NOT NULL, shared boolean NOT NULL DEFAULT false, locked boolean NOT NULL DEFAULT false);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
