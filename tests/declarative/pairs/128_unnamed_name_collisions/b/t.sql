CREATE TABLE readings (
  id int PRIMARY KEY,
  a int CHECK (a > 0) CHECK (a < 1000),
  b int,
  CHECK (a < b),
  CHECK (b IS NOT NULL OR a IS NULL)
);
CREATE INDEX ON readings (a);
CREATE INDEX ON readings (a);
CREATE INDEX ON readings (a, b);
CREATE INDEX ON readings ((a + b));
