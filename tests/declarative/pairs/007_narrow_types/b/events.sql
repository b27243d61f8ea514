CREATE TABLE events (
  id integer NOT NULL,
  code varchar(16) NOT NULL,
  label varchar(40),
  happened_at timestamp,
  amount numeric(10,2)
);
