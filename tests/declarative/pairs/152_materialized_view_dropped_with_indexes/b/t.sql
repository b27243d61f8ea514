CREATE TABLE signups (id int PRIMARY KEY, source text, at date NOT NULL);
