CREATE TABLE availability (id int PRIMARY KEY, person text NOT NULL, free_days datemultirange NOT NULL DEFAULT '{}', hours int4range);
CREATE INDEX availability_free_days_idx ON availability USING gist (free_days);
