CREATE TABLE tenants (id int PRIMARY KEY);
