-- id: s47_started
-- title: Section 47 enquiries started
-- definition: Section 47 enquiries with S47ActualStartDate in P
-- source: DfE CIN census
-- unit: count
-- period_kind: cumulative
-- report_table: DfE
-- breakdowns: none
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) AS numerator, NULL AS denominator
FROM section47
WHERE S47ActualStartDate BETWEEN $period_start AND $period_end
