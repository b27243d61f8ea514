CREATE TABLE hosts (id int PRIMARY KEY, addr inet NOT NULL, name text NOT NULL, location point);
CREATE INDEX hosts_addr_spgist ON hosts USING spgist (addr);
CREATE INDEX hosts_name_spgist ON hosts USING spgist (name);
CREATE INDEX hosts_location_gist ON hosts USING gist (location);
CREATE INDEX hosts_addr_gist ON hosts USING gist (addr inet_ops);
