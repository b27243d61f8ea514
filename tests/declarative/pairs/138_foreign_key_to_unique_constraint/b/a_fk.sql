ALTER TABLE cities ADD CONSTRAINT cities_country_fkey FOREIGN KEY (country) REFERENCES countries (iso2) ON UPDATE CASCADE;
