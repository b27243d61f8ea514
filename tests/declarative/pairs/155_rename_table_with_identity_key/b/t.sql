-- @renamed from=vendor
CREATE TABLE suppliers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
