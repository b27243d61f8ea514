CREATE TYPE float_range AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE time_window AS RANGE (subtype = time);
CREATE TABLE shifts (id int PRIMARY KEY, worker text NOT NULL, hours time_window, weight float_range);
CREATE INDEX shifts_hours_idx ON shifts USING gist (hours);
