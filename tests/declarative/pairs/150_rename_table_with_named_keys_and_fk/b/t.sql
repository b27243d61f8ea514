-- tidemark:renamed-from usr
CREATE TABLE users (id int CONSTRAINT users_pk PRIMARY KEY, email text NOT NULL CONSTRAINT users_email_uq UNIQUE);
CREATE TABLE posts (
  id int PRIMARY KEY,
  author_id int NOT NULL CONSTRAINT posts_author_fk REFERENCES users (id) -- @renamed from=usr_id
);
