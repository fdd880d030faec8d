-- id: cp_open
-- title: Children subject to a child protection plan
-- definition: children with a child protection plan open at D
-- source: DfE CIN census (ChildProtectionPlans: CPPstartDate on or before D, CPPendDate
--   blank or after D)
-- unit: count
-- period_kind: snapshot
-- report_table: 3.1, 4.2
-- breakdowns: none
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(DISTINCT child) AS numerator, NULL AS denominator
FROM cp_plan
WHERE CPPstartDate <= $period_end
  AND (CPPendDate IS NULL OR CPPendDate > $period_end)
