CREATE TABLE page_views (id bigint PRIMARY KEY, page text NOT NULL, viewed_at timestamptz NOT NULL);
