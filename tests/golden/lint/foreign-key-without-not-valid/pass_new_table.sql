-- +migrate Up
CREATE TABLE payments (id int, order_id int);
ALTER TABLE payments ADD CONSTRAINT payments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);

-- +migrate Down
DROP TABLE payments;
