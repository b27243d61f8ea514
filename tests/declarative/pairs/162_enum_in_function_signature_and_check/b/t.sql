CREATE TYPE shipping_speed AS ENUM ('economy', 'standard', 'express');
CREATE FUNCTION shipping_cost(w numeric, s shipping_speed) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
  SELECT w * CASE s WHEN 'economy' THEN 1 WHEN 'standard' THEN 2 ELSE 5 END
$$;
CREATE TABLE shipments (
  id int PRIMARY KEY,
  weight_kg numeric NOT NULL,
  speed shipping_speed NOT NULL DEFAULT 'standard',
  CONSTRAINT shipments_express_weight CHECK (speed <> 'express' OR weight_kg <= 30)
);
