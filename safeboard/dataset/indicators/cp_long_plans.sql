-- id: cp_long_plans
-- title: Long plans: ceased plans that lasted two years or more
-- definition: cumulative: share of cp_ceased that lasted two years or more (end date on or
--   after start + 2 years)
-- source: DfE CIN census (the number of years is the long_plan_years threshold)
-- unit: percent
-- period_kind: cumulative
-- report_table: 4.3
-- breakdowns: none
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) FILTER (WHERE CPPendDate >= add_years(CPPstartDate, $long_plan_years))
           AS numerator,
       count(*) AS denominator
FROM cp_plan
WHERE CPPendDate BETWEEN $period_start AND $period_end
