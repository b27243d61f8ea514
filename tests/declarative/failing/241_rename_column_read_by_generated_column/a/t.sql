CREATE TABLE boxes (id int PRIMARY KEY, wdth int NOT NULL, height int NOT NULL, area int GENERATED ALWAYS AS (wdth * height) STORED);
