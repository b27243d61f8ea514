-- ory/keto@e026d8391913caa2dcd1bff92311ce9d1181d821
-- up: internal/persistence/sql/migrations/sql/20220513200600000001_drop-old-non-uuid-table.up.sql
-- down: internal/persistence/sql/migrations/sql/20220513200600000001_drop-old-non-uuid-table.down.sql
-- +migrate Up
ALTER TABLE keto_relation_tuples_uuid RENAME TO keto_relation_tuples;

-- +migrate Down
ALTER TABLE keto_relation_tuples RENAME TO keto_relation_tuples_uuid;
