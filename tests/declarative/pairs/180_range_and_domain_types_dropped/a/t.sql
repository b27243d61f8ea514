CREATE TYPE score_range AS RANGE (subtype = int4);
CREATE DOMAIN rating AS smallint CHECK (VALUE BETWEEN 1 AND 5);
CREATE TABLE reviews (id int PRIMARY KEY, stars rating, band score_range);
