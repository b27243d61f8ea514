CREATE TABLE temps (city text NOT NULL, celsius numeric NOT NULL);
CREATE FUNCTION to_f(c numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT c * 9 / 5 + 32 $$;
CREATE VIEW temps_f AS SELECT city, to_f(celsius) AS fahrenheit FROM temps;
