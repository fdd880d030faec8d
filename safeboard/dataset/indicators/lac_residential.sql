-- id: lac_residential
-- title: Looked-after children in residential placements
-- definition: children looked after at D whose placement (PLACE) at D is residential: K1, K2,
--   R1, R2, R5 or S1; share of lac_open
-- source: local (SSDA903 Episodes: the placement is the PLACE of the episode open at D, the
--   latest-starting one if two are open)
-- unit: percent
-- period_kind: snapshot
-- report_table: 3.6
-- breakdowns: none
WITH open_episode AS (
    SELECT child, PLACE,
           row_number() OVER (PARTITION BY child ORDER BY DECOM DESC) AS pick
    FROM lac_episode
    WHERE DECOM <= $period_end
      AND (DEC IS NULL OR DEC > $period_end)
)
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) FILTER (WHERE upper(trim(PLACE)) IN ('K1', 'K2', 'R1', 'R2', 'R5', 'S1'))
           AS numerator,
       count(*) AS denominator
FROM open_episode
WHERE pick = 1
