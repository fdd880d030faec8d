-- id: lac_missing_10plus_children
-- title: Looked-after children missing or away from placement ten or more times
-- definition: cumulative: children with ten or more such episodes starting in P
-- source: DfE SSDA903 (Missing: MISSING M, missing, or A, away from placement without
--   authorisation; MIS_START in P)
-- unit: count
-- period_kind: cumulative
-- report_table: narrative
-- breakdowns: none
WITH episodes AS (
    SELECT child, count(*) AS episodes
    FROM lac_missing
    WHERE upper(trim(MISSING)) IN ('M', 'A')
      AND MIS_START BETWEEN $period_start AND $period_end
    GROUP BY child
)
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) AS numerator, NULL AS denominator
FROM episodes
WHERE episodes >= 10
