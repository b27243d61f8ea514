CREATE TABLE loans (id int PRIMARY KEY, amt numeric NOT NULL CHECK (amt > 0), ownr text NOT NULL);
CREATE INDEX loans_big_idx ON loans (ownr) WHERE amt > 10000;
ALTER TABLE loans ENABLE ROW LEVEL SECURITY;
CREATE POLICY loans_owner ON loans USING (ownr = current_user);
COMMENT ON COLUMN loans.amt IS 'Principal';
