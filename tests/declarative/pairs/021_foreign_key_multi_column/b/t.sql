CREATE TABLE tenants (id int PRIMARY KEY);
CREATE TABLE projects (
  tenant_id int NOT NULL REFERENCES tenants (id),
  id int NOT NULL,
  name text,
  PRIMARY KEY (tenant_id, id)
);
CREATE TABLE tasks (
  tenant_id int NOT NULL,
  project_id int NOT NULL,
  id int NOT NULL,
  title text NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT tasks_project_fkey FOREIGN KEY (tenant_id, project_id)
    REFERENCES projects (tenant_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
