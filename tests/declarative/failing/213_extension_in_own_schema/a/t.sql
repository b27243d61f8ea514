CREATE TABLE terms (id int PRIMARY KEY, word text NOT NULL);
