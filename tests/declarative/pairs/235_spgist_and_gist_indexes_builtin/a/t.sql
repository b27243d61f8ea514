CREATE TABLE hosts (id int PRIMARY KEY, addr inet NOT NULL, name text NOT NULL, location point);
