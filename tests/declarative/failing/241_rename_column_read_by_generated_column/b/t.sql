CREATE TABLE boxes (
  id int PRIMARY KEY,
  width int NOT NULL, -- tidemark:renamed-from wdth
  height int NOT NULL,
  area int GENERATED ALWAYS AS (width * height) STORED
);
