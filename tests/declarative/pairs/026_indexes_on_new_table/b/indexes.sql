CREATE UNIQUE INDEX accounts_email_key ON accounts (lower(email));
CREATE UNIQUE INDEX accounts_handle_live_key ON accounts (handle) WHERE deleted_at IS NULL;
CREATE INDEX ON accounts (deleted_at);
