CREATE SEQUENCE ticket_no;
CREATE TABLE tickets (
  id int PRIMARY KEY,
  opened_at timestamptz DEFAULT now(),
  code text DEFAULT 'T-' || nextval('ticket_no')::text,
  due date DEFAULT CURRENT_DATE + 7
);
