-- id: assessments_completed_45wd
-- title: Assessments completed within 45 working days of their start
-- definition: of assessments with AssessmentAuthorisationDate in P, share authorised
--   within 45 working days of their AssessmentActualStartDate (the duration the census
--   measures)
-- source: DfE CIN census (assessment duration in working days). "45" is the
--   assessment_working_days threshold; within n working days of A means at most n working
--   days d with A < d <= authorisation.
-- unit: percent
-- period_kind: cumulative
-- report_table: DfE
-- breakdowns: none
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) FILTER (
           WHERE working_days_between(AssessmentActualStartDate, AssessmentAuthorisationDate)
                 <= $assessment_working_days
       ) AS numerator,
       count(*) AS denominator
FROM assessment
WHERE AssessmentAuthorisationDate BETWEEN $period_start AND $period_end
