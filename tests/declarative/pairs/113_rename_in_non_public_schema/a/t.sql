CREATE SCHEMA crm;
CREATE TABLE crm.leads (id int PRIMARY KEY, src text, score int);
