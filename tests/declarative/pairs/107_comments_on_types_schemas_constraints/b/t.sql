CREATE SCHEMA reporting;
CREATE TYPE reporting.period AS ENUM ('day', 'week', 'month');
CREATE DOMAIN reporting.ratio AS numeric CHECK (VALUE BETWEEN 0 AND 1);
CREATE TYPE reporting.span AS (from_day date, to_day date);
CREATE TABLE reporting.kpis (
  id int PRIMARY KEY,
  period reporting.period NOT NULL,
  conversion reporting.ratio,
  CONSTRAINT kpis_period_key UNIQUE (period, id)
);
