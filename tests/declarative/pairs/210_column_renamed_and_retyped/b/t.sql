CREATE TABLE readings (
  id int PRIMARY KEY,
  temperature double precision, -- tidemark:renamed-from temp
  humidity numeric(5,2) NOT NULL DEFAULT 0 -- @renamed from=hum
);
