-- history
CREATE TYPE mood AS ENUM ('sad');
-- up
ALTER TYPE mood ADD VALUE 'happy';
-- expected
-- irreversible: PostgreSQL cannot remove a value from an enum (ALTER TYPE ... ADD VALUE)
--   lock none
-- class: irreversible
-- tidemark: PostgreSQL cannot remove a value from an enum (ALTER TYPE ... ADD VALUE)
