CREATE TABLE notes (id int PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text);
