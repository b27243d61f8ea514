CREATE TABLE faq (id int PRIMARY KEY, q text, a text);
COMMENT ON TABLE faq IS 'Customer''s questions
(one per row)';
COMMENT ON COLUMN faq.q IS E'Question\twith a tab and a backslash \\';
