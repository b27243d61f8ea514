CREATE TABLE pages (id int PRIMARY KEY, body text, words int);
CREATE FUNCTION count_words_v2() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.words := coalesce(array_length(regexp_split_to_array(trim(NEW.body), '\s+'), 1), 0);
  RETURN NEW;
END;
$$;
CREATE TRIGGER pages_words BEFORE INSERT OR UPDATE OF body ON pages FOR EACH ROW EXECUTE FUNCTION count_words_v2();
