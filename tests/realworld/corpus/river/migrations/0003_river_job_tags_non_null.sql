-- riverqueue/river@fdf6cdf12567a5b70c003f5ff850273f09e7efcf
-- up: riverdriver/riverpgxv5/migration/main/003_river_job_tags_non_null.up.sql
-- down: riverdriver/riverpgxv5/migration/main/003_river_job_tags_non_null.down.sql
-- +migrate Up
ALTER TABLE river_job ALTER COLUMN tags SET DEFAULT '{}';
UPDATE river_job SET tags = '{}' WHERE tags IS NULL;
ALTER TABLE river_job ALTER COLUMN tags SET NOT NULL;

-- +migrate Down
ALTER TABLE river_job
    ALTER COLUMN tags DROP NOT NULL,
    ALTER COLUMN tags DROP DEFAULT;
