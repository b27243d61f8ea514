CREATE DOMAIN grams AS integer CHECK (VALUE >= 0);
CREATE TYPE movement_kind AS ENUM ('receipt', 'pick', 'adjustment', 'transfer');
CREATE SEQUENCE movement_refs START 1000;
