CREATE TABLE settings (id int PRIMARY KEY, theme text, notifications boolean, page_size int);
