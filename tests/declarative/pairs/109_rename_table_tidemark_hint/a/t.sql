CREATE TABLE usr (id int PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE posts (id int PRIMARY KEY, usr_id int NOT NULL REFERENCES usr (id));
