CREATE TABLE clients (id serial PRIMARY KEY, name text NOT NULL);
