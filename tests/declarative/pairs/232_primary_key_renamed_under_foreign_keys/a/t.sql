CREATE TABLE users (id int CONSTRAINT pk_users PRIMARY KEY, email text);
CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users (id));
