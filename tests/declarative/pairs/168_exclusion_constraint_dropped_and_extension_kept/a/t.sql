CREATE EXTENSION btree_gist;
CREATE TABLE leases (id int PRIMARY KEY, unit int NOT NULL, during daterange NOT NULL,
  CONSTRAINT leases_no_overlap EXCLUDE USING gist (unit WITH =, during WITH &&));
