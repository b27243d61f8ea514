CREATE TABLE posts (id int PRIMARY KEY, author text NOT NULL, published boolean NOT NULL DEFAULT false);
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
ALTER TABLE posts FORCE ROW LEVEL SECURITY;
CREATE POLICY posts_read ON posts FOR SELECT USING (published OR author = current_user);
CREATE POLICY posts_write ON posts FOR INSERT WITH CHECK (author = current_user);
