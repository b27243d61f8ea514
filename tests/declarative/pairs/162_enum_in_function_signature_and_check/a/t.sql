CREATE TABLE shipments (id int PRIMARY KEY, weight_kg numeric NOT NULL);
