CREATE FUNCTION is_member(t text) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT t = ANY (string_to_array(current_setting('app.teams', true), ',')) $$;
