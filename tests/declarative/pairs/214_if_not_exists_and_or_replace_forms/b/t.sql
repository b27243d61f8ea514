CREATE TABLE IF NOT EXISTS queue (id bigint PRIMARY KEY, topic text NOT NULL, priority int NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS queue_topic_priority_idx ON queue (topic, priority DESC);
CREATE OR REPLACE FUNCTION queue_depth(t text) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM queue WHERE topic = t $$;
CREATE OR REPLACE VIEW queue_topics AS SELECT topic, count(*) AS depth FROM queue GROUP BY topic;
CREATE SEQUENCE IF NOT EXISTS queue_ids;
