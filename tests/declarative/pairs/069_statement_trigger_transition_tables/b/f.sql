CREATE FUNCTION audit_inventory() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO inventory_audit (changed) SELECT count(*) FROM new_rows;
  RETURN NULL;
END;
$$;
CREATE TRIGGER inventory_audit_upd AFTER UPDATE ON inventory
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION audit_inventory();
