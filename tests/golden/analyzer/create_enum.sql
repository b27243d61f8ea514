-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
-- expected
-- reversible: DROP removes type mood
--   lock none
-- class: reversible
DROP TYPE mood;
