CREATE TABLE events (
  region text NOT NULL,
  id bigint NOT NULL,
  payload jsonb,
  PRIMARY KEY (region, id)
) PARTITION BY LIST (region);
CREATE TABLE events_eu PARTITION OF events FOR VALUES IN ('eu-west', 'eu-central');
CREATE TABLE events_us PARTITION OF events FOR VALUES IN ('us-east', 'us-west');
CREATE TABLE events_other PARTITION OF events DEFAULT;
