-- +migrate Up
-- +migrate StatementBegin
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;

-- +migrate Down
DROP FUNCTION f();
