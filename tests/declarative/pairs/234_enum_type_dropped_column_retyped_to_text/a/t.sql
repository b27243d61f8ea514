CREATE TYPE colour AS ENUM ('red', 'green', 'blue');
CREATE TABLE swatches (id int PRIMARY KEY, colour colour NOT NULL DEFAULT 'red');
