CREATE INDEX contacts_phone_digits_idx ON contacts (digits_only(phone));
