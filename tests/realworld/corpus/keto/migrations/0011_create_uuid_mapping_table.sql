-- ory/keto@e026d8391913caa2dcd1bff92311ce9d1181d821
-- up: internal/persistence/sql/migrations/sql/20220513200400000000_create-uuid-mapping-table.up.sql
-- down: internal/persistence/sql/migrations/sql/20220513200400000000_create-uuid-mapping-table.down.sql
-- +migrate Up
CREATE TABLE keto_uuid_mappings
(
    id                       UUID NOT NULL PRIMARY KEY,
    string_representation    TEXT NOT NULL CHECK (string_representation <> '')
);

-- +migrate Down
DROP TABLE keto_uuid_mappings;
