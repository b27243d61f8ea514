ALTER TABLE sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY (token);
ALTER TABLE sessions ADD CONSTRAINT sessions_expiry_check CHECK (expires_at > '2000-01-01'::timestamptz);
