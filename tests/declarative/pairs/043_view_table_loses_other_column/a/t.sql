CREATE TABLE tickets (id int PRIMARY KEY, subject text NOT NULL, priority int, legacy_code text);
CREATE VIEW urgent_tickets AS SELECT id, subject FROM tickets WHERE priority > 3;
