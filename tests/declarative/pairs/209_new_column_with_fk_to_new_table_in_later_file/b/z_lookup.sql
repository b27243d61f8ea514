CREATE TABLE brands (id int PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE categories (id int PRIMARY KEY, name text NOT NULL);
