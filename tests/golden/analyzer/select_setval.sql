-- history
CREATE SEQUENCE s;
-- up
SELECT setval('s', 100);
-- expected
-- unknown: SELECT calls functions that may change state (setval, set_config, ...); write its Down by hand if it does
--   lock none
-- class: unknown
-- tidemark: SELECT calls functions that may change state (setval, set_config, ...); write its Down by hand if it does
