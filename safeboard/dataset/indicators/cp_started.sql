-- id: cp_started
-- title: Child protection plans started
-- definition: cumulative: plans with CPPstartDate in P
-- source: DfE CIN census
-- unit: count
-- period_kind: cumulative
-- report_table: DfE
-- breakdowns: none
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) AS numerator, NULL AS denominator
FROM cp_plan
WHERE CPPstartDate BETWEEN $period_start AND $period_end
