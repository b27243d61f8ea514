CREATE TYPE order_state AS ENUM ('placed', 'paid', 'shipped');
CREATE TABLE orders (id int PRIMARY KEY, state order_state NOT NULL DEFAULT 'placed');
