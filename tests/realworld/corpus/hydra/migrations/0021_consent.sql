-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190300000002000000_consent.up.sql
-- down: persistence/sql/migrations/20190300000002000000_consent.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_consent_request ADD forced_subject_identifier VARCHAR(255) NULL DEFAULT '';
ALTER TABLE hydra_oauth2_authentication_request_handled ADD forced_subject_identifier VARCHAR(255) NULL DEFAULT '';
CREATE TABLE hydra_oauth2_obfuscated_authentication_session (
	subject  			        varchar(255) NOT NULL,
	client_id 			      varchar(255) NOT NULL,
	subject_obfuscated	  varchar(255) NOT NULL,
	PRIMARY KEY(subject, client_id)
);

-- +migrate Down
ALTER TABLE hydra_oauth2_consent_request DROP COLUMN forced_subject_identifier;
ALTER TABLE hydra_oauth2_authentication_request_handled DROP COLUMN forced_subject_identifier;
DROP TABLE hydra_oauth2_obfuscated_authentication_session;
