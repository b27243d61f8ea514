CREATE TABLE plays (track text NOT NULL, at timestamptz NOT NULL);
CREATE MATERIALIZED VIEW track_plays AS SELECT track, count(*) AS plays FROM plays GROUP BY track;
CREATE INDEX track_plays_idx ON track_plays (plays DESC, track);
CREATE UNIQUE INDEX track_plays_track_key ON track_plays (track);
