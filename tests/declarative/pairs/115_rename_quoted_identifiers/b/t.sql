-- tidemark:renamed-from "UserData"
CREATE TABLE user_data (
  id int PRIMARY KEY,
  full_name text, -- tidemark:renamed-from "Full Name"
  zip_code text   -- @renamed from="zipCode"
);
