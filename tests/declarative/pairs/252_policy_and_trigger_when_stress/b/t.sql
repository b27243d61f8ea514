CREATE TABLE items (id int PRIMARY KEY, tenant_id int NOT NULL, state text NOT NULL, payload jsonb, updated timestamptz);
CREATE FUNCTION items_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$;
CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW
  WHEN (OLD.* IS DISTINCT FROM NEW.* AND NEW.state <> 'archived')
  EXECUTE FUNCTION items_touch();
ALTER TABLE items ENABLE ROW LEVEL SECURITY;
CREATE POLICY items_tenants ON items
  USING (tenant_id = ANY (string_to_array(current_setting('app.tenants', true), ',')::int[]))
  WITH CHECK (tenant_id = ANY (string_to_array(current_setting('app.tenants', true), ',')::int[]) AND state IN ('draft', 'live'));
CREATE POLICY items_no_secret ON items AS RESTRICTIVE FOR SELECT
  USING (coalesce(payload ->> 'secret', 'false')::boolean IS NOT TRUE);
