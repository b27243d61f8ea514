CREATE TABLE slots (id int PRIMARY KEY, day date NOT NULL, room int NOT NULL, hour int NOT NULL,
  CONSTRAINT slots_unique UNIQUE (day, room, hour));
