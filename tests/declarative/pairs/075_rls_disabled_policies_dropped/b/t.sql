CREATE TABLE posts (id int PRIMARY KEY, author text NOT NULL, published boolean NOT NULL DEFAULT false);
