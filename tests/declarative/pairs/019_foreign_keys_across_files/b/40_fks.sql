ALTER TABLE staff ADD CONSTRAINT staff_store_fk FOREIGN KEY (store_id) REFERENCES stores (id) ON DELETE CASCADE;
ALTER TABLE stores ADD CONSTRAINT stores_manager_fk FOREIGN KEY (manager_id) REFERENCES staff (id) ON DELETE SET NULL;
