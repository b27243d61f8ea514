-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20220916000010000000_hydra_oauth2_flow.postgres.up.sql
-- down: persistence/sql/migrations/20220916000010000000_hydra_oauth2_flow.down.sql
-- +migrate Up
CREATE INDEX hydra_oauth2_flow_multi_query_idx
  ON hydra_oauth2_flow
    (
     (consent_error::varchar(2)) ASC, state ASC, subject ASC,
     client_id ASC, consent_skip ASC, consent_remember
     ASC, nid ASC
    );

-- +migrate Down
DROP INDEX hydra_oauth2_flow_multi_query_idx;
