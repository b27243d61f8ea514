CREATE TABLE scores (player text NOT NULL, game int NOT NULL, points int NOT NULL);
