CREATE TYPE order_state AS ENUM ('placed', 'paid', 'shipped', 'delivered', 'returned');
CREATE TABLE orders (id int PRIMARY KEY, state order_state NOT NULL DEFAULT 'placed');
