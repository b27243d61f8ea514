CREATE TABLE addresses (id int PRIMARY KEY, city text, zip text, country text);
CREATE STATISTICS addresses_city_zip (dependencies, ndistinct) ON city, zip FROM addresses;
