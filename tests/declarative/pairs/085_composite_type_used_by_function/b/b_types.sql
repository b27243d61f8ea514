CREATE TYPE order_total AS (lines int, amount numeric(12,2));
CREATE TYPE address AS (street text, city text, postcode varchar(10), country char(2));
