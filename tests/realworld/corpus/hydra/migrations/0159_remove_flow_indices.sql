-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20230606112801000001_remove_flow_indices.up.sql
-- down: persistence/sql/migrations/20230606112801000001_remove_flow_indices.down.sql
-- +migrate Up
DROP INDEX hydra_oauth2_flow_login_verifier_idx;
DROP INDEX hydra_oauth2_flow_consent_verifier_idx;
DROP INDEX hydra_oauth2_flow_multi_query_idx;

CREATE INDEX IF NOT EXISTS hydra_oauth2_flow_previous_consents_idx
  ON hydra_oauth2_flow (subject, client_id, nid, consent_skip, consent_error, consent_remember);

-- +migrate Down
CREATE UNIQUE INDEX hydra_oauth2_flow_login_verifier_idx ON hydra_oauth2_flow (login_verifier);
CREATE UNIQUE INDEX hydra_oauth2_flow_consent_verifier_idx ON hydra_oauth2_flow (consent_verifier);

CREATE INDEX hydra_oauth2_flow_multi_query_idx
  ON hydra_oauth2_flow
    (
     consent_error ASC, state ASC, subject ASC,
     client_id ASC, consent_skip ASC, consent_remember
     ASC, nid ASC
      );

DROP INDEX hydra_oauth2_flow_previous_consents_idx;
