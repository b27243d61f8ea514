CREATE TABLE jobs (id int PRIMARY KEY, state text NOT NULL DEFAULT 'new');
CREATE PROCEDURE reset_jobs(from_state text, to_state text DEFAULT 'new')
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE jobs SET state = to_state WHERE state = from_state;
END;
$$;
