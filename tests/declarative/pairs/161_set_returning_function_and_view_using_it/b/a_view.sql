CREATE VIEW event_days AS SELECT e.id, d.day FROM calendar_events e, LATERAL days_between(e.starts, e.ends) AS d(day);
