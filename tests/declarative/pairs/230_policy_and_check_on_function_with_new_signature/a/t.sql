CREATE FUNCTION allowed(t text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT t <> 'blocked' $$;
CREATE TABLE posts (id int PRIMARY KEY, tenant text NOT NULL, CONSTRAINT posts_tenant_ok CHECK (allowed(tenant)));
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_allowed ON posts USING (allowed(tenant));
