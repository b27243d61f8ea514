CREATE SCHEMA ops;
CREATE SEQUENCE ops.ticket_seq AS integer START WITH 10 INCREMENT BY 10 MAXVALUE 1000000 CYCLE;
CREATE SEQUENCE ops.batch_seq AS bigint INCREMENT BY -1 START WITH -1 NO MINVALUE NO MAXVALUE;
CREATE TABLE ops.tickets (
  id integer PRIMARY KEY DEFAULT nextval('ops.ticket_seq'),
  batch bigint DEFAULT nextval('ops.batch_seq')
);
