CREATE PROCEDURE log_msg(m text) LANGUAGE sql AS $$ INSERT INTO audit_log (msg) VALUES (upper(m)) $$;
CREATE PROCEDURE purge_log(older_than interval)
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM audit_log WHERE at < now() - older_than;
  COMMIT;
END;
$$;
