CREATE TABLE workspaces (id int PRIMARY KEY);
CREATE TABLE folders (
  workspace_id int NOT NULL,
  id int NOT NULL,
  PRIMARY KEY (workspace_id, id)
);
CREATE TABLE documents (
  id int PRIMARY KEY,
  workspace_id int NOT NULL REFERENCES workspaces (id),
  folder_id int
);
