CREATE TABLE audit_log (id bigserial PRIMARY KEY, msg text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE PROCEDURE log_msg(m text) LANGUAGE sql AS $$ INSERT INTO audit_log (msg) VALUES (m) $$;
