CREATE TABLE readings (id int PRIMARY KEY, temp real, hum smallint);
