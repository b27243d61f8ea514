CREATE SEQUENCE old_ids;
CREATE TABLE things (id bigint PRIMARY KEY DEFAULT nextval('old_ids'), name text);
