CREATE TABLE records (id int PRIMARY KEY, meta jsonb, name text, created timestamptz, score numeric, flags int);
CREATE INDEX records_meta_n_idx ON records (((meta ->> 'n')::int));
CREATE INDEX records_name_c_idx ON records (name COLLATE "C" text_pattern_ops DESC NULLS FIRST) INCLUDE (score) WITH (fillfactor = 80);
CREATE INDEX records_recent_idx ON records (created DESC) WHERE created > '2024-01-01'::timestamptz AND (flags & 4) = 0 AND name IS NOT NULL;
CREATE INDEX records_score_bucket_idx ON records (round(score, -1), (flags % 10));
CREATE INDEX records_meta_keys_idx ON records USING gin ((meta -> 'tags'));
