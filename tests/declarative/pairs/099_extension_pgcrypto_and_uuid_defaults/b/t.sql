CREATE EXTENSION pgcrypto;
CREATE EXTENSION "uuid-ossp";
CREATE TABLE api_keys (
  id int PRIMARY KEY,
  label text NOT NULL,
  public_id uuid NOT NULL DEFAULT uuid_generate_v4(),
  secret_hash text NOT NULL DEFAULT crypt(gen_random_uuid()::text, gen_salt('bf'))
);
