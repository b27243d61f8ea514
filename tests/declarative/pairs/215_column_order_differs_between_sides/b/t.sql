CREATE TABLE addresses (id int PRIMARY KEY, country char(2) NOT NULL DEFAULT 'GB', postcode text, line1 text, city text);
