CREATE INDEX places_name_trgm ON places USING gin (name gin_trgm_ops);
CREATE INDEX places_city_trgm ON places USING gist (city gist_trgm_ops);
