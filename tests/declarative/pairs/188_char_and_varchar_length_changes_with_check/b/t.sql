CREATE TABLE codes (code char(6) PRIMARY KEY, label varchar(60) NOT NULL CHECK (length(label) > 0));
CREATE TABLE uses (code char(6) REFERENCES codes (code), n int);
