-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  parent_id bigint NOT NULL REFERENCES parent(id),
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid')),
  total numeric(12,2),
  code varchar(20) UNIQUE,
  CONSTRAINT orders_total_pos CHECK (total >= 0)
);
CREATE INDEX orders_status_idx ON orders (status) WHERE status <> 'paid';
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_all ON orders USING (true);
-- up
DROP TABLE orders;
-- expected
-- needs-history: recreates table orders from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table orders from its definition; its data is not restored
CREATE TABLE orders (id bigserial, parent_id bigint NOT NULL, status text NOT NULL DEFAULT 'new', total numeric(12, 2), code varchar(20), CONSTRAINT orders_pkey PRIMARY KEY (id), CONSTRAINT orders_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parent (id), CONSTRAINT orders_status_check CHECK (status IN ('new', 'paid')), CONSTRAINT orders_code_key UNIQUE (code), CONSTRAINT orders_total_pos CHECK (total >= 0));
CREATE INDEX orders_status_idx ON orders USING btree (status) WHERE status <> 'paid';
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_all ON orders USING (true);
