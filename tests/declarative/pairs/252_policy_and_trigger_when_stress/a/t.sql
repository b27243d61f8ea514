CREATE TABLE items (id int PRIMARY KEY, tenant_id int NOT NULL, state text NOT NULL, payload jsonb, updated timestamptz);
CREATE FUNCTION items_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$;
