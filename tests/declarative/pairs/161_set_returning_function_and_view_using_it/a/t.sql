CREATE TABLE calendar_events (id int PRIMARY KEY, starts date NOT NULL, ends date NOT NULL);
