CREATE TABLE rectangles (id int PRIMARY KEY, w bigint NOT NULL, h int NOT NULL, area bigint GENERATED ALWAYS AS (w::bigint * h) STORED);
