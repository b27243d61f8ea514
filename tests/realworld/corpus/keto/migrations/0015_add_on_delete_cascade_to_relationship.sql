-- ory/keto@e026d8391913caa2dcd1bff92311ce9d1181d821
-- up: internal/persistence/sql/migrations/sql/20230228091200000000_add-on-delete-cascade-to-relationship.up.sql
-- down: internal/persistence/sql/migrations/sql/20230228091200000000_add-on-delete-cascade-to-relationship.down.sql
-- +migrate Up
ALTER TABLE
  keto_relation_tuples DROP CONSTRAINT keto_relation_tuples_uuid_nid_fk,
ADD
  CONSTRAINT keto_relation_tuples_nid_fk FOREIGN KEY (nid) REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE;

-- +migrate Down
ALTER TABLE
  keto_relation_tuples DROP CONSTRAINT keto_relation_tuples_nid_fk;

ALTER TABLE
  keto_relation_tuples
ADD
  CONSTRAINT keto_relation_tuples_uuid_nid_fk FOREIGN KEY (nid) REFERENCES networks (id);
