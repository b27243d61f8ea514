CREATE VIEW active_employees AS
  SELECT id, name, department FROM employees WHERE active;
CREATE VIEW department_payroll AS
  SELECT department, count(*) AS headcount, sum(salary) AS total
  FROM employees GROUP BY department;
