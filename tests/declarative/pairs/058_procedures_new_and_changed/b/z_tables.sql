CREATE TABLE audit_log (id bigserial PRIMARY KEY, msg text NOT NULL, at timestamptz NOT NULL DEFAULT now());
