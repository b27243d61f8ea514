CREATE FUNCTION shape_area(r double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT pi() * r * r $$;
CREATE FUNCTION shape_area(w double precision, h double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT w * h $$;
CREATE FUNCTION shape_area(b box) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT width(b) * height(b) $$;
COMMENT ON FUNCTION shape_area(double precision, double precision) IS 'Rectangle';
