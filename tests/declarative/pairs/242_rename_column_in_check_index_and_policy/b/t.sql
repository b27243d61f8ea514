CREATE TABLE loans (
  id int PRIMARY KEY,
  amount numeric NOT NULL CHECK (amount > 0), -- @renamed from=amt
  owner_name text NOT NULL -- @renamed from=ownr
);
CREATE INDEX loans_big_idx ON loans (owner_name) WHERE amount > 10000;
ALTER TABLE loans ENABLE ROW LEVEL SECURITY;
CREATE POLICY loans_owner ON loans USING (owner_name = current_user);
COMMENT ON COLUMN loans.amount IS 'Principal';
