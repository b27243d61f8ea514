CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL, notified boolean NOT NULL DEFAULT false);
CREATE FUNCTION notify_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('orders', NEW.id::text);
  RETURN NEW;
END;
$$;
CREATE TRIGGER orders_notify AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION notify_order();
CREATE TRIGGER orders_notify_update AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION notify_order();
ALTER TABLE orders DISABLE TRIGGER orders_notify_update;
