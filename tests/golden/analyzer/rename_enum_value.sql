-- history
CREATE TYPE mood AS ENUM ('sad', 'ok');
-- up
ALTER TYPE mood RENAME VALUE 'ok' TO 'fine';
-- expected
-- reversible: renames the enum value back
--   lock none
-- class: reversible
ALTER TYPE mood RENAME VALUE 'fine' TO 'ok';
