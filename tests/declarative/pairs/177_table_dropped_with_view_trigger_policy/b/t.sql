CREATE TABLE keep (id int PRIMARY KEY);
CREATE FUNCTION scratch_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.at := now(); RETURN NEW; END $$;
