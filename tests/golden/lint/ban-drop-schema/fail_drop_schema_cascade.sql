-- +migrate Up
DROP SCHEMA IF EXISTS legacy CASCADE;

-- +migrate Down irreversible
