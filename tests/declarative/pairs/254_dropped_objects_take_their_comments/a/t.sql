CREATE SCHEMA scratch;
COMMENT ON SCHEMA scratch IS 'Temporary work';
CREATE TYPE scratch.mood AS ENUM ('ok', 'meh');
COMMENT ON TYPE scratch.mood IS 'How it went';
CREATE SEQUENCE batch_no;
COMMENT ON SEQUENCE batch_no IS 'Batches';
CREATE TABLE parents (id int PRIMARY KEY);
CREATE TABLE kids (
  id int PRIMARY KEY,
  parent_id int CONSTRAINT kids_parent_fk REFERENCES parents (id),
  nickname text CONSTRAINT kids_nickname_key UNIQUE,
  age int
);
COMMENT ON COLUMN kids.parent_id IS 'Guardian';
COMMENT ON CONSTRAINT kids_nickname_key ON kids IS 'Nicknames are unique';
CREATE INDEX kids_age_idx ON kids (age);
COMMENT ON INDEX kids_age_idx IS 'By age';
CREATE VIEW kid_ages AS SELECT id, age FROM kids;
COMMENT ON VIEW kid_ages IS 'Ages';
