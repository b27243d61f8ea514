-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE RULE t_no_delete AS ON DELETE TO t DO INSTEAD NOTHING;
-- expected
-- reversible: DROP RULE removes the new rule
--   lock none
-- class: reversible
DROP RULE t_no_delete ON t;
