CREATE TABLE invites (id int PRIMARY KEY, code text DEFAULT md5(random()::text) CHECK (length(code) = 32));
