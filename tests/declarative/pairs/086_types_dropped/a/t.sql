CREATE TYPE old_status AS ENUM ('a', 'b');
CREATE TYPE point3 AS (x float8, y float8, z float8);
CREATE DOMAIN short_code AS varchar(8);
CREATE TABLE things (id int PRIMARY KEY, status old_status, at point3, code short_code);
