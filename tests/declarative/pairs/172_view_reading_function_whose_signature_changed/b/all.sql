CREATE TABLE temps (city text NOT NULL, celsius numeric NOT NULL);
CREATE FUNCTION to_f(c numeric, digits int) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(c * 9 / 5 + 32, digits) $$;
CREATE VIEW temps_f AS SELECT city, to_f(celsius, 1) AS fahrenheit FROM temps;
