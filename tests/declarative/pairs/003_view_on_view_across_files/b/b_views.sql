CREATE VIEW active AS SELECT id, a FROM t WHERE id > 0;
