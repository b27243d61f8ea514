CREATE TABLE projects (id int PRIMARY KEY, team text NOT NULL);
