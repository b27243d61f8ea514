-- ory/keto@e026d8391913caa2dcd1bff92311ce9d1181d821
-- up: internal/persistence/sql/migrations/sql/20210623162417000001_relationtuple.postgres.up.sql
-- down: internal/persistence/sql/migrations/sql/20210623162417000001_relationtuple.postgres.down.sql
-- +migrate Up

CREATE INDEX keto_relation_tuples_subject_ids_idx ON keto_relation_tuples (nid,
                                                                           namespace_id,
                                                                           object,
                                                                           relation,
                                                                           subject_id) WHERE subject_set_namespace_id IS NULL AND subject_set_object IS NULL AND subject_set_relation IS NULL;

-- +migrate Down
DROP TABLE keto_relation_tuples;
