CREATE TABLE "UserData" (id int PRIMARY KEY, "Full Name" text, "zipCode" text);
