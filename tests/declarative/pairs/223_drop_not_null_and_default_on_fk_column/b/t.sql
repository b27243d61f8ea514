CREATE TABLE teams (id int PRIMARY KEY);
CREATE TABLE players (id int PRIMARY KEY, team_id int REFERENCES teams (id) ON DELETE SET NULL, number smallint);
