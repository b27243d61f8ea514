CREATE TYPE plan AS ENUM ('free', 'pro', 'enterprise');
CREATE TABLE accounts (id int PRIMARY KEY, plan plan NOT NULL DEFAULT 'free');
