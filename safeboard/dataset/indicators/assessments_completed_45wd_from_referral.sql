-- id: assessments_completed_45wd_from_referral
-- title: Assessments completed within 45 working days of the referral
-- definition: the same share measured from the episode's CINreferralDate (the statutory
--   timescale in Working Together)
-- source: local (Working Together: an assessment within 45 working days of the referral).
--   Denominator as assessments_completed_45wd (assessments with AssessmentAuthorisationDate
--   in P); numerator those authorised within assessment_working_days working days of their
--   episode's CINreferralDate.
-- unit: percent
-- period_kind: cumulative
-- report_table: local
-- breakdowns: none
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) FILTER (
           WHERE working_days_between(CINreferralDate, AssessmentAuthorisationDate)
                 <= $assessment_working_days
       ) AS numerator,
       count(*) AS denominator
FROM assessment
WHERE AssessmentAuthorisationDate BETWEEN $period_start AND $period_end
