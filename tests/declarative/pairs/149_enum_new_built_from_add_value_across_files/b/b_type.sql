CREATE TYPE ticket_state AS ENUM ('new', 'in_progress');
