CREATE TABLE team_members (team_id int NOT NULL, username text NOT NULL, PRIMARY KEY (team_id, username));
CREATE TABLE boards (id int PRIMARY KEY, team_id int NOT NULL, title text NOT NULL);
