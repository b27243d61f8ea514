CREATE TABLE contacts (
  id int PRIMARY KEY,
  name text NOT NULL,
  email email,
  zip us_zip,
  visits positive_int
);
