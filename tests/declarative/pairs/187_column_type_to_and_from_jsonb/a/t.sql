CREATE TABLE webhooks (id int PRIMARY KEY, payload json, headers jsonb, status smallint);
