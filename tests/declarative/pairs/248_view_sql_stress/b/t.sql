CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, amount numeric NOT NULL, status text NOT NULL, at timestamptz NOT NULL);
CREATE TABLE refunds (order_id int NOT NULL, amount numeric NOT NULL);
CREATE VIEW order_report AS
SELECT o.customer,
       count(*) FILTER (WHERE o.status = 'paid') AS paid_orders,
       sum(o.amount) AS gross,
       coalesce(sum(r.refunded), 0) AS refunded,
       avg(o.amount) OVER (PARTITION BY o.customer ORDER BY min(o.at) ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_avg,
       (SELECT max(at) FROM orders x WHERE x.customer = o.customer) AS last_order,
       EXISTS (SELECT 1 FROM refunds rr JOIN orders oo ON oo.id = rr.order_id WHERE oo.customer = o.customer) AS ever_refunded
FROM orders o
LEFT JOIN LATERAL (SELECT sum(amount) AS refunded FROM refunds WHERE order_id = o.id) r ON true
GROUP BY o.customer, o.amount
ORDER BY gross DESC NULLS LAST
FETCH FIRST 100 ROWS ONLY;
CREATE VIEW status_sets AS
SELECT status, customer, count(*) AS n FROM orders GROUP BY GROUPING SETS ((status), (customer), ());
CREATE VIEW customer_kinds AS
SELECT customer FROM orders WHERE amount > 100
UNION
SELECT customer FROM orders WHERE status = 'vip'
EXCEPT
SELECT o.customer FROM orders o JOIN refunds r ON r.order_id = o.id;
CREATE VIEW statuses AS SELECT * FROM (VALUES ('paid', 1), ('open', 2)) AS s(name, rank);
