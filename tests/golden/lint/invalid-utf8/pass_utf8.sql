-- +migrate Up
COMMENT ON TABLE t IS 'café — ünïcode';

-- +migrate Down
COMMENT ON TABLE t IS NULL;
