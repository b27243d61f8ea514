CREATE EXTENSION pg_trgm;
COMMENT ON EXTENSION pg_trgm IS 'Trigram search for the word list';
CREATE TABLE words (w text PRIMARY KEY);
CREATE INDEX words_w_trgm ON words USING gin (w gin_trgm_ops);
