CREATE TABLE wallets (id int PRIMARY KEY, balance int NOT NULL DEFAULT 0, limit_cents int DEFAULT 10000, label varchar(20) DEFAULT 'main');
