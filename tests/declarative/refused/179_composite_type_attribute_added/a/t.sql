CREATE TYPE money_pair AS (amount numeric, currency text);
