CREATE TYPE weekday AS ENUM ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
CREATE DOMAIN work_days AS weekday[] DEFAULT ARRAY['mon','tue','wed','thu','fri']::weekday[] NOT NULL;
CREATE TABLE schedules (
  id int PRIMARY KEY,
  days work_days,
  off weekday[] DEFAULT '{}'
);
CREATE INDEX schedules_days_idx ON schedules USING gin (off);
