CREATE TABLE tasks (
  id int PRIMARY KEY,
  title text NOT NULL,
  status task_status NOT NULL DEFAULT 'todo',
  priority task_priority
);
CREATE INDEX tasks_status_idx ON tasks (status) WHERE status <> 'done';
