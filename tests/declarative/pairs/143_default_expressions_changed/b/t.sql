CREATE SEQUENCE ticket_no;
CREATE TABLE tickets (
  id int PRIMARY KEY,
  opened_at timestamptz DEFAULT clock_timestamp(),
  code text DEFAULT 'TK-' || lpad(nextval('ticket_no')::text, 6, '0'),
  due date DEFAULT CURRENT_DATE + 14
);
