-- id: lac_missing_repeat_children
-- title: Looked-after children missing or away from placement more than once
-- definition: cumulative: children with two or more such episodes starting in P
-- source: DfE SSDA903 (Missing: MISSING M, missing, or A, away from placement without
--   authorisation; MIS_START in P)
-- unit: count
-- period_kind: cumulative
-- report_table: 3.5
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
WHERE episodes >= 2
