CREATE TABLE owners (
  id int PRIMARY KEY,
  name text NOT NULL -- tidemark:renamed-from nm
);
CREATE TABLE pets (
  id int PRIMARY KEY,
  -- @renamed from=ownr
  owner_id int NOT NULL REFERENCES owners (id),
  name text NOT NULL -- @renamed from=nm
);
CREATE INDEX pets_ownr_idx ON pets (owner_id);
CREATE VIEW pet_owners AS SELECT p.name AS pet, o.name AS owner FROM pets p JOIN owners o ON o.id = p.owner_id;
