CREATE TABLE secrets (id int PRIMARY KEY, tenant text NOT NULL, value text);
ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;
ALTER TABLE secrets FORCE ROW LEVEL SECURITY;
CREATE POLICY secrets_tenant ON secrets USING (tenant = current_setting('app.tenant', true));
