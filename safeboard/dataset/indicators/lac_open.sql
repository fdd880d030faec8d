-- id: lac_open
-- title: Children looked after
-- definition: children looked after at D (an SSDA903 episode open at D)
-- source: DfE SSDA903 (Episodes: DECOM on or before D, DEC blank or after D)
-- unit: count
-- period_kind: snapshot
-- report_table: 3.1
-- breakdowns: none
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(DISTINCT child) AS numerator, NULL AS denominator
FROM lac_episode
WHERE DECOM <= $period_end
  AND (DEC IS NULL OR DEC > $period_end)
