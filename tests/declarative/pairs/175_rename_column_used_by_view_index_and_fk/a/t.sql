CREATE TABLE owners (id int PRIMARY KEY, nm text NOT NULL);
CREATE TABLE pets (id int PRIMARY KEY, ownr int NOT NULL REFERENCES owners (id), nm text NOT NULL);
CREATE INDEX pets_ownr_idx ON pets (ownr);
CREATE VIEW pet_owners AS SELECT p.nm AS pet, o.nm AS owner FROM pets p JOIN owners o ON o.id = p.ownr;
