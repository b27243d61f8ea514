CREATE TABLE services (carrier text NOT NULL, code text NOT NULL, PRIMARY KEY (carrier, code));
CREATE TABLE zz_placeholder (id int PRIMARY KEY);
