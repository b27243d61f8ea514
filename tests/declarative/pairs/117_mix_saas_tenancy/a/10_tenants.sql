CREATE TABLE tenants (
  id bigserial PRIMARY KEY,
  slug varchar(40) NOT NULL UNIQUE,
  name text NOT NULL
);
