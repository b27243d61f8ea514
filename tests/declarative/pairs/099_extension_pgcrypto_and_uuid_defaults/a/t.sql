CREATE TABLE api_keys (id int PRIMARY KEY, label text NOT NULL);
