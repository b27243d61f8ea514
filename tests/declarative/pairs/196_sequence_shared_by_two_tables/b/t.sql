CREATE SEQUENCE document_numbers AS bigint START WITH 100000;
CREATE TABLE invoices (id bigint PRIMARY KEY, number bigint NOT NULL DEFAULT nextval('document_numbers') UNIQUE);
CREATE TABLE credit_notes (id bigint PRIMARY KEY, number bigint NOT NULL DEFAULT nextval('document_numbers') UNIQUE);
COMMENT ON SEQUENCE document_numbers IS 'One number range for all accounting documents';
