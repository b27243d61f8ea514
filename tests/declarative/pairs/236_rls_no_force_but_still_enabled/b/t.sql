CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_owner ON accounts USING (owner = current_user);
CREATE POLICY accounts_admin ON accounts FOR ALL USING (current_setting('app.admin', true) = 'on');
