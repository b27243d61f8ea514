-- scratch queries
SELECT 1;
