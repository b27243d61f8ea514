CREATE TABLE plans (id int PRIMARY KEY, code text NOT NULL);
CREATE TABLE accounts (id int PRIMARY KEY, plan_id int NOT NULL DEFAULT 1);
