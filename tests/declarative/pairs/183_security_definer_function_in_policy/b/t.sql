CREATE SCHEMA private;
CREATE TABLE private.admins (username text PRIMARY KEY);
CREATE TABLE reports (id int PRIMARY KEY, body text);
CREATE FUNCTION private.is_admin() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = private, pg_temp
  AS $$ SELECT EXISTS (SELECT 1 FROM private.admins WHERE username = current_user) $$;
ALTER TABLE reports ENABLE ROW LEVEL SECURITY;
ALTER TABLE reports FORCE ROW LEVEL SECURITY;
CREATE POLICY reports_admin ON reports USING (private.is_admin());
