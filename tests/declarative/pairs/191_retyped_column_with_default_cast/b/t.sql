CREATE TABLE wallets (id int PRIMARY KEY, balance numeric(14,2) NOT NULL DEFAULT 0.00, limit_cents bigint DEFAULT 10000, label text DEFAULT 'main'::text);
