CREATE TABLE reservations (
  id int PRIMARY KEY,
  during daterange NOT NULL,
  slots int4range,
  CONSTRAINT reservations_no_overlap EXCLUDE USING gist (during WITH &&)
);
CREATE INDEX reservations_slots_idx ON reservations USING gist (slots);
