-- id: cp_repeat
-- title: Plans started for a child who had an earlier plan
-- definition: cumulative: share of cp_started where the child had an earlier plan (an
--   earlier plan in any loaded return, or NumberOfPreviousCPP > 0)
-- source: DfE CIN census (an earlier plan is one of the child's plans that started before
--   this one)
-- unit: percent
-- period_kind: cumulative
-- report_table: 4.3
-- breakdowns: none
WITH started AS (
    SELECT s.child, s.CPPstartDate,
           coalesce(s.NumberOfPreviousCPP, 0) > 0
           OR EXISTS (SELECT 1 FROM cp_plan e
                      WHERE e.child = s.child AND e.CPPstartDate < s.CPPstartDate) AS repeat
    FROM cp_plan s
    WHERE s.CPPstartDate BETWEEN $period_start AND $period_end
)
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) FILTER (WHERE repeat) AS numerator,
       count(*) AS denominator
FROM started
