CREATE TABLE categories (
  id int PRIMARY KEY,
  parent_id int REFERENCES categories (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  name text NOT NULL
);
CREATE TABLE links (
  id int PRIMARY KEY,
  category_id int REFERENCES categories (id) DEFERRABLE INITIALLY IMMEDIATE
);
