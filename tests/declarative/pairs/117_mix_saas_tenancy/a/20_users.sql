CREATE TABLE users (
  id bigserial PRIMARY KEY,
  tenant_id bigint NOT NULL REFERENCES tenants (id),
  email text NOT NULL,
  is_admin boolean DEFAULT false
);
CREATE INDEX users_tenant_idx ON users (tenant_id);
