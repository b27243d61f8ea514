CREATE TYPE severity AS ENUM ('debug', 'info', 'error');
