CREATE FUNCTION tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(amount * 0.21, 2) $$;
CREATE TABLE sales (id int PRIMARY KEY, amount numeric NOT NULL);
