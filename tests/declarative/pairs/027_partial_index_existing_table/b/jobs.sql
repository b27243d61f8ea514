CREATE TABLE jobs (
  id bigint PRIMARY KEY,
  queue text NOT NULL,
  state text NOT NULL DEFAULT 'pending',
  run_at timestamptz NOT NULL DEFAULT now(),
  attempts int NOT NULL DEFAULT 0
);
CREATE INDEX jobs_queue_idx ON jobs (queue);
CREATE INDEX jobs_pending_idx ON jobs (queue, run_at) WHERE state = 'pending';
CREATE INDEX jobs_retry_idx ON jobs (run_at) WHERE state = 'failed' AND attempts < 5;
