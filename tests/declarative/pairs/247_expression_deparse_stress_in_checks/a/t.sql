CREATE TABLE rules (id int PRIMARY KEY, kind text, lo int, hi int, tags text[], meta jsonb, starts date, code text);
