CREATE FUNCTION hooks.cart_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.touched := now(); RETURN NEW; END;
$$;
CREATE TRIGGER carts_touch BEFORE INSERT OR UPDATE ON shop.carts FOR EACH ROW EXECUTE FUNCTION hooks.cart_touch();
COMMENT ON FUNCTION hooks.cart_touch() IS 'Sets touched';
COMMENT ON TRIGGER carts_touch ON shop.carts IS 'Keeps touched current';
