CREATE VIEW v1 AS SELECT id, code FROM items;
CREATE VIEW v2 AS SELECT id, upper(code) AS code_upper FROM v1;
CREATE MATERIALIZED VIEW mv3 AS SELECT code_upper, count(*) AS n FROM v2 GROUP BY code_upper;
CREATE INDEX mv3_n_idx ON mv3 (n);
