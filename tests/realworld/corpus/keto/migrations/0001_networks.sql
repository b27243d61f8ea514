-- ory/keto@e026d8391913caa2dcd1bff92311ce9d1181d821
-- up: oryx/networkx/migrations/sql/20150100000001000000_networks.postgres.up.sql
-- down: oryx/networkx/migrations/sql/20150100000001000000_networks.postgres.down.sql
-- +migrate Up
CREATE TABLE "networks" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL
);

-- +migrate Down
DROP TABLE "networks";
