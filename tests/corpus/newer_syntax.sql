-- Statements only PostgreSQL 16, 17 or 18 accept: PostgreSQL 15's grammar,
-- which tidemark parses with, rejects each one. tests/analyzer/newer_syntax_test.cpp
-- checks that each is split as one statement, classed unknown with the
-- grammar's message, and reported by lint, without a crash.
-- +migrate Up

-- PostgreSQL 16: SQL/JSON constructors and predicates
SELECT JSON_OBJECT('a' VALUE 1);
SELECT JSON_OBJECTAGG(k VALUE v) FROM pairs;
SELECT '{"a": 1}' IS JSON OBJECT;
-- PostgreSQL 16: role grants with options, column STORAGE in CREATE TABLE
GRANT admin TO bob WITH INHERIT TRUE;
CREATE TABLE documents (id bigint, body text STORAGE EXTERNAL);
-- PostgreSQL 16: a subquery in FROM without an alias
SELECT * FROM (SELECT 1);

-- PostgreSQL 17: MERGE ... RETURNING and WHEN NOT MATCHED BY SOURCE
MERGE INTO accounts a USING incoming i ON a.id = i.id
  WHEN MATCHED THEN UPDATE SET balance = i.balance
  WHEN NOT MATCHED THEN INSERT (id, balance) VALUES (i.id, i.balance)
  RETURNING merge_action(), a.*;
MERGE INTO accounts a USING incoming i ON a.id = i.id
  WHEN NOT MATCHED BY SOURCE THEN DELETE;
-- PostgreSQL 17: JSON_TABLE and JSON_VALUE ... RETURNING
SELECT * FROM JSON_TABLE('[{"a": 1}]'::jsonb, '$[*]' COLUMNS (a int PATH '$.a')) AS jt;
SELECT JSON_VALUE(jsonb '{"a": 1}', '$.a' RETURNING int);
-- PostgreSQL 17: ALTER COLUMN ... SET EXPRESSION
ALTER TABLE orders ALTER COLUMN total_cents SET EXPRESSION AS (total * 100);

-- PostgreSQL 18: virtual generated columns
CREATE TABLE prices (net numeric, gross numeric GENERATED ALWAYS AS (net * 1.2) VIRTUAL);
-- PostgreSQL 18: named NOT NULL constraints
ALTER TABLE users ADD CONSTRAINT users_email_not_null NOT NULL email;
CREATE TABLE people (name text, CONSTRAINT people_name_not_null NOT NULL name);
-- PostgreSQL 18: NOT ENFORCED constraints, temporal keys, RETURNING OLD/NEW
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT ENFORCED;
CREATE TABLE bookings (room int, during tstzrange, PRIMARY KEY (room, during WITHOUT OVERLAPS));
UPDATE accounts SET balance = 0 RETURNING WITH (OLD AS o, NEW AS n) o.balance, n.balance;
