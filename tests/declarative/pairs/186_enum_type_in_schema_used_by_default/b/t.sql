CREATE SCHEMA hr;
CREATE TYPE hr.contract AS ENUM ('permanent', 'fixed_term', 'contractor');
CREATE TABLE hr.staff (
  id int PRIMARY KEY,
  name text NOT NULL,
  contract hr.contract NOT NULL DEFAULT 'permanent'::hr.contract
);
CREATE INDEX staff_contractors_idx ON hr.staff (name) WHERE contract = 'contractor';
COMMENT ON TYPE hr.contract IS 'Employment contract kinds';
