-- id: cp_repeat_2y
-- title: Plans started within two years of the child's previous plan ending
-- definition: cumulative: share of cp_started where the child's most recent earlier plan (in
--   any loaded return) ended within the 2 years before this plan started (a local measure;
--   DfE publishes only cp_repeat)
-- source: local (the most recent earlier plan is the latest-starting of the child's plans
--   that started before this one; "within the 2 years before X" is on or after X minus 2
--   years and before X, as INDICATORS.md's Periods define it; the number of years is the
--   repeat_plan_years threshold)
-- unit: percent
-- period_kind: cumulative
-- report_table: 4.3
-- breakdowns: none
WITH started AS (
    SELECT child, CPPstartDate
    FROM cp_plan
    WHERE CPPstartDate BETWEEN $period_start AND $period_end
),
previous AS (
    SELECT s.child, s.CPPstartDate, e.CPPendDate AS previous_end,
           row_number() OVER (PARTITION BY s.child, s.CPPstartDate
                              ORDER BY e.CPPstartDate DESC) AS pick
    FROM started s
    JOIN cp_plan e ON e.child = s.child AND e.CPPstartDate < s.CPPstartDate
)
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       (SELECT count(*) FROM previous
        WHERE pick = 1
          AND previous_end >= add_years(CPPstartDate, -$repeat_plan_years)
          AND previous_end < CPPstartDate) AS numerator,
       (SELECT count(*) FROM started) AS denominator
