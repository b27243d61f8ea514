CREATE TABLE events (
  id bigint NOT NULL,
  code text NOT NULL,
  label varchar(200),
  happened_at timestamptz,
  amount numeric(14,4)
);
