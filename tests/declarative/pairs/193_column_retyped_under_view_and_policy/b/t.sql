CREATE TABLE tickets (id int PRIMARY KEY, org int NOT NULL, subject varchar(200));
ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_org ON tickets USING (org = current_setting('app.org')::int);
CREATE VIEW ticket_subjects AS SELECT id, subject FROM tickets;
