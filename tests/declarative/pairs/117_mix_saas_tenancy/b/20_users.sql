CREATE TABLE users (
  id bigserial PRIMARY KEY,
  tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  email text NOT NULL,
  role user_role NOT NULL DEFAULT 'viewer',
  CONSTRAINT users_tenant_email_key UNIQUE (tenant_id, email)
);
CREATE INDEX users_tenant_idx ON users (tenant_id) INCLUDE (role);
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_tenant_isolation ON users
  USING (tenant_id = current_setting('app.tenant_id')::bigint);
