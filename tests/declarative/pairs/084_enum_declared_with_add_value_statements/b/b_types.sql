CREATE TYPE plan AS ENUM ('enterprise');
CREATE TABLE accounts (id int PRIMARY KEY, plan plan NOT NULL DEFAULT 'free', seats int NOT NULL DEFAULT 1);
