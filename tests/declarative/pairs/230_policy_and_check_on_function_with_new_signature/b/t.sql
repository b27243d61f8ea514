CREATE FUNCTION allowed(t text, strict_mode boolean) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT t <> 'blocked' AND (NOT strict_mode OR t <> '') $$;
CREATE TABLE posts (id int PRIMARY KEY, tenant text NOT NULL, CONSTRAINT posts_tenant_ok CHECK (allowed(tenant, true)));
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_allowed ON posts USING (allowed(tenant, false));
