CREATE TABLE users (id int PRIMARY KEY, email citext NOT NULL UNIQUE, handle citext);
