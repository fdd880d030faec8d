-- id: cp_short_plans
-- title: Short plans: ceased plans that lasted three months or less
-- definition: cumulative: share of cp_ceased that lasted three months or less (end date on or
--   before start + 3 months)
-- source: DfE CIN census (the number of months is the short_plan_months threshold)
-- unit: percent
-- period_kind: cumulative
-- report_table: 4.3
-- breakdowns: none
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) FILTER (WHERE CPPendDate <= add_months(CPPstartDate, $short_plan_months))
           AS numerator,
       count(*) AS denominator
FROM cp_plan
WHERE CPPendDate BETWEEN $period_start AND $period_end
