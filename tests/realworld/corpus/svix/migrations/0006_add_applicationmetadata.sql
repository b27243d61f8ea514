-- svix/svix-webhooks@4fc0cfb8b426c87ef7e2b937e7d896a71d456a47
-- up: server/svix-server/migrations/20221104170041_add_applicationmetadata.up.sql
-- down: server/svix-server/migrations/20221104170041_add_applicationmetadata.down.sql
-- +migrate Up
-- Add up migration script here
CREATE TABLE applicationmetadata (
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    id character varying NOT NULL COLLATE pg_catalog."C",
    data jsonb NOT NULL
);

ALTER TABLE ONLY applicationmetadata
    ADD CONSTRAINT applicationmetadata_pkey PRIMARY KEY (id);

-- +migrate Down
-- Add down migration script here
DROP TABLE IF EXISTS applicationmetadata;
