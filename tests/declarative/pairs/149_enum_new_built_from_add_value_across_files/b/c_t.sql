CREATE TABLE tickets (id int PRIMARY KEY, state ticket_state NOT NULL DEFAULT 'new');
