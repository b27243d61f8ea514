CREATE TYPE severity AS ENUM ('trace', 'debug', 'info', 'warning', 'error');
