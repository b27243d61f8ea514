CREATE EXTENSION btree_gist;
CREATE TABLE leases (id int PRIMARY KEY, unit int NOT NULL, during daterange NOT NULL);
CREATE INDEX leases_unit_during_idx ON leases USING gist (unit, during);
