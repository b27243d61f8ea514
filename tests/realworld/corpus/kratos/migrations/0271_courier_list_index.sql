-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20230104193739000000_courier_list_index.up.sql
-- down: persistence/sql/migrations/sql/20230104193739000000_courier_list_index.down.sql
-- +migrate Up
CREATE INDEX courier_messages_nid_created_at_id_idx ON courier_messages (nid, created_at DESC);

CREATE INDEX courier_messages_nid_status_created_at_id_idx ON courier_messages (nid, status, created_at DESC);

CREATE INDEX courier_messages_nid_recipient_created_at_id_idx ON courier_messages (nid, recipient, created_at DESC);

-- +migrate Down
DROP INDEX courier_messages_nid_created_at_id_idx;

DROP INDEX courier_messages_nid_status_created_at_id_idx;

DROP INDEX courier_messages_nid_recipient_created_at_id_idx;
