CREATE VIEW recent AS SELECT a FROM active WHERE id > 10;
