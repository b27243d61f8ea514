CREATE TABLE spans (id int PRIMARY KEY, started timestamp(6), ended timestamptz, duration interval, local_time time);
