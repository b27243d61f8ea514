CREATE TABLE swatches (id int PRIMARY KEY, colour text NOT NULL DEFAULT 'red' CHECK (colour IN ('red', 'green', 'blue', 'black')));
