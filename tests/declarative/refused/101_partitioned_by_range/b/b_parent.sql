CREATE TABLE measurements (
  tenant_id int NOT NULL REFERENCES tenants (id),
  taken_on date NOT NULL,
  value numeric NOT NULL,
  PRIMARY KEY (tenant_id, taken_on)
) PARTITION BY RANGE (taken_on);
CREATE INDEX measurements_value_idx ON measurements (value);
