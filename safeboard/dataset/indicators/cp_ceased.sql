-- id: cp_ceased
-- title: Child protection plans ceased
-- definition: cumulative: plans with CPPendDate in P
-- source: DfE CIN census
-- unit: count
-- period_kind: cumulative
-- report_table: DfE
-- breakdowns: none
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) AS numerator, NULL AS denominator
FROM cp_plan
WHERE CPPendDate BETWEEN $period_start AND $period_end
