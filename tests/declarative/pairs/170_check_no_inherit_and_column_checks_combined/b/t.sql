CREATE TABLE measurements (
  id int PRIMARY KEY,
  celsius numeric CONSTRAINT celsius_above_zero CHECK (celsius >= -273.15),
  kelvin numeric CHECK (kelvin >= 0) NO INHERIT,
  CONSTRAINT measurements_consistent CHECK (celsius IS NULL OR kelvin IS NULL OR abs(kelvin - celsius - 273.15) < 0.01)
);
