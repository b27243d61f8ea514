CREATE TABLE spans (id int PRIMARY KEY, started timestamp(3), ended timestamptz(0), duration interval HOUR TO MINUTE, local_time timetz);
