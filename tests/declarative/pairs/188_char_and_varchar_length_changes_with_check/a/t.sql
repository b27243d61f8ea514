CREATE TABLE codes (code char(4) PRIMARY KEY, label varchar(20) NOT NULL CHECK (length(label) > 0));
CREATE TABLE uses (code char(4) REFERENCES codes (code), n int);
