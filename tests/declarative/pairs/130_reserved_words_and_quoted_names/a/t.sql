CREATE TABLE "user" (id int PRIMARY KEY, "order" int);
