CREATE TABLE logs (id bigint NOT NULL, bucket int NOT NULL, line text) PARTITION BY HASH (id);
