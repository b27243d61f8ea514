CREATE SCHEMA crm;
-- tidemark:renamed-from leads
CREATE TABLE crm.prospects (
  id int PRIMARY KEY,
  source text, -- tidemark:renamed-from src
  score int
);
