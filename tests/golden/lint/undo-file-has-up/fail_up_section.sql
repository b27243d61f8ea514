-- +migrate Up
CREATE TABLE t (id int);
