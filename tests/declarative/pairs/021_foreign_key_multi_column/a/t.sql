CREATE TABLE tenants (id int PRIMARY KEY);
CREATE TABLE projects (
  tenant_id int NOT NULL REFERENCES tenants (id),
  id int NOT NULL,
  name text,
  PRIMARY KEY (tenant_id, id)
);
