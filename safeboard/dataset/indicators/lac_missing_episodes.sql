-- id: lac_missing_episodes
-- title: Missing or away from placement episodes of looked-after children
-- definition: cumulative: missing/away episodes starting in P
-- source: DfE SSDA903 (Missing: MISSING M, missing, or A, away from placement without
--   authorisation; MIS_START in P)
-- unit: count
-- period_kind: cumulative
-- report_table: 3.5
-- breakdowns: none
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) AS numerator, NULL AS denominator
FROM lac_missing
WHERE upper(trim(MISSING)) IN ('M', 'A')
  AND MIS_START BETWEEN $period_start AND $period_end
