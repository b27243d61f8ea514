CREATE TABLE IF NOT EXISTS queue (id bigint PRIMARY KEY, topic text NOT NULL);
