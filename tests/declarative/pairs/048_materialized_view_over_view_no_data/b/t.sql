CREATE TABLE readings (sensor text NOT NULL, at timestamptz NOT NULL, value numeric NOT NULL);
