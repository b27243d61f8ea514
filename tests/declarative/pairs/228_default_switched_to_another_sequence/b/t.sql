CREATE SEQUENCE thing_ids START 1000000;
CREATE TABLE things (id bigint PRIMARY KEY DEFAULT nextval('thing_ids'), name text);
