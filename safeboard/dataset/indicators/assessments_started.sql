-- id: assessments_started
-- title: Single assessments started
-- definition: assessments with AssessmentActualStartDate in P
-- source: DfE CIN census
-- unit: count
-- period_kind: cumulative
-- report_table: 2.1
-- breakdowns: none
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) AS numerator, NULL AS denominator
FROM assessment
WHERE AssessmentActualStartDate BETWEEN $period_start AND $period_end
