CREATE TABLE teams (id int PRIMARY KEY);
CREATE TABLE players (id int PRIMARY KEY, team_id int NOT NULL DEFAULT 1 REFERENCES teams (id), number smallint NOT NULL);
