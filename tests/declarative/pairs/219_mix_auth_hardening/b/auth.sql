CREATE SCHEMA auth;
CREATE EXTENSION pgcrypto;
CREATE TABLE auth.users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  password_hash text, -- tidemark:renamed-from password
  created timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  failed_logins smallint NOT NULL DEFAULT 0 CHECK (failed_logins >= 0)
);
CREATE UNIQUE INDEX users_email_lower_key ON auth.users (lower(email));
CREATE TABLE auth.sessions (
  token text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  expires timestamptz NOT NULL,
  ip inet
);
CREATE INDEX sessions_user_idx ON auth.sessions (user_id);
CREATE INDEX sessions_expires_idx ON auth.sessions (expires);
ALTER TABLE auth.sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE auth.users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_self ON auth.users USING (id::text = current_setting('auth.uid', true));
CREATE POLICY sessions_self ON auth.sessions USING (user_id::text = current_setting('auth.uid', true));
CREATE FUNCTION auth.check_password(p_email text, p_password text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = auth, public
  AS $$ SELECT EXISTS (SELECT 1 FROM auth.users WHERE lower(email) = lower(p_email) AND password_hash = crypt(p_password, password_hash)) $$;
COMMENT ON COLUMN auth.users.password_hash IS 'bcrypt via pgcrypto crypt()';
