-- tidemark:renamed-from clients
CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL, tier text);
