CREATE SCHEMA archive;
CREATE TABLE orders (id int PRIMARY KEY, total numeric NOT NULL, channel text);
CREATE TABLE archive.orders (id int PRIMARY KEY, total numeric NOT NULL, archived_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX orders_channel_idx ON orders (channel);
CREATE INDEX orders_archived_idx ON archive.orders (archived_at);
CREATE VIEW archive.all_orders AS SELECT id, total FROM public.orders UNION ALL SELECT id, total FROM archive.orders;
COMMENT ON TABLE archive.orders IS 'Orders older than a year';
