CREATE TABLE salaries (id int PRIMARY KEY, person text NOT NULL, amount numeric NOT NULL, public boolean NOT NULL DEFAULT false);
CREATE VIEW public_salaries WITH (security_barrier) AS SELECT person, amount FROM salaries WHERE public;
