CREATE TABLE movements (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ref bigint NOT NULL DEFAULT nextval('movement_refs'),
  kind movement_kind NOT NULL,
  warehouse_id int NOT NULL,
  item_id int NOT NULL,
  delta int NOT NULL CHECK (delta <> 0),
  at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (warehouse_id, item_id) REFERENCES stock_levels (warehouse_id, item_id)
);
CREATE INDEX movements_at_brin ON movements USING brin (at);
CREATE FUNCTION apply_movement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE stock_levels SET qty = qty + NEW.delta
  WHERE warehouse_id = NEW.warehouse_id AND item_id = NEW.item_id;
  RETURN NEW;
END;
$$;
CREATE TRIGGER movements_apply AFTER INSERT ON movements FOR EACH ROW EXECUTE FUNCTION apply_movement();
COMMENT ON TABLE movements IS 'Every change to stock, append only';
