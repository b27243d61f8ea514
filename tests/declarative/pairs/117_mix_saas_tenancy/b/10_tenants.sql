CREATE TABLE tenants (
  id bigserial PRIMARY KEY,
  slug varchar(64) NOT NULL UNIQUE,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE tenants IS 'One row per customer organisation';
