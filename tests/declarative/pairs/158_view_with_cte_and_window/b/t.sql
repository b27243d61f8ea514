CREATE TABLE scores (player text NOT NULL, game int NOT NULL, points int NOT NULL);
CREATE VIEW leaderboard AS
  WITH totals AS (
    SELECT player, sum(points) AS total FROM scores GROUP BY player
  )
  SELECT player, total, rank() OVER (ORDER BY total DESC) AS position
  FROM totals;
CREATE VIEW best_games AS
  SELECT DISTINCT ON (player) player, game, points FROM scores ORDER BY player, points DESC;
