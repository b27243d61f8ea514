-- +migrate Up
COMMENT ON TABLE t IS 'café';

-- +migrate Down
COMMENT ON TABLE t IS NULL;
