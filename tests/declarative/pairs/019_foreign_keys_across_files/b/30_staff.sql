CREATE TABLE staff (
  id int PRIMARY KEY,
  store_id int NOT NULL,
  name text NOT NULL
);
