CREATE TYPE app.member_role AS ENUM ('owner', 'admin', 'member', 'guest');
CREATE DOMAIN app.slug AS text CHECK (VALUE ~ '^[a-z0-9-]+$');
