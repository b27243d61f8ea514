ALTER TYPE ticket_state ADD VALUE 'triaged' AFTER 'new';
ALTER TYPE ticket_state ADD VALUE 'closed';
ALTER TYPE ticket_state ADD VALUE 'reopened' BEFORE 'closed';
