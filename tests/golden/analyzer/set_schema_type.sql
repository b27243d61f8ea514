-- history
CREATE SCHEMA app;
CREATE TYPE mood AS ENUM ('a');
-- up
ALTER TYPE mood SET SCHEMA app;
-- expected
-- reversible: moves it back to schema public
--   lock none
-- class: reversible
ALTER TYPE app.mood SET SCHEMA public;
