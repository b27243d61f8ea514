CREATE TABLE articles (id int PRIMARY KEY, title text NOT NULL);
