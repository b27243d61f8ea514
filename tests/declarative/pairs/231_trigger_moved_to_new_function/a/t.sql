CREATE TABLE pages (id int PRIMARY KEY, body text, words int);
CREATE FUNCTION count_words_v1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.words := array_length(string_to_array(NEW.body, ' '), 1); RETURN NEW; END $$;
CREATE TRIGGER pages_words BEFORE INSERT OR UPDATE ON pages FOR EACH ROW EXECUTE FUNCTION count_words_v1();
