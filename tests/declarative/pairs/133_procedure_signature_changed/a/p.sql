CREATE TABLE jobs (id int PRIMARY KEY, state text NOT NULL DEFAULT 'new');
CREATE PROCEDURE reset_jobs() LANGUAGE sql AS $$ UPDATE jobs SET state = 'new' $$;
