CREATE VIEW a_join AS SELECT a2.id, a1.v FROM a2 JOIN a1 ON a1.id = a2.a1_id;
