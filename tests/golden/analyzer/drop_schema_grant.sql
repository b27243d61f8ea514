-- history
CREATE SCHEMA app;
GRANT USAGE ON SCHEMA app TO PUBLIC;
-- up
DROP SCHEMA app;
-- expected
-- unknown: recreates the (empty) schema app (but earlier migrations granted or revoked privileges on schema app, which tidemark does not track; write their GRANTs into the Down by hand)
--   lock none
-- class: unknown
CREATE SCHEMA app;
-- tidemark: earlier migrations granted or revoked privileges on schema app, which tidemark does not track; write their GRANTs into the Down by hand
