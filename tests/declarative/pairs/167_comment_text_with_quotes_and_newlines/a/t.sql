CREATE TABLE faq (id int PRIMARY KEY, q text, a text);
