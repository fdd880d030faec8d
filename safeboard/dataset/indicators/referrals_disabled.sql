-- id: referrals_disabled
-- title: Referrals of disabled children
-- definition: share of referrals where the child is disabled
-- source: local (report table 2.3). Disabled: at least one Disability code other than NONE
--   in the child's latest census record.
-- unit: percent
-- period_kind: cumulative
-- report_table: 2.3
-- breakdowns: none
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) FILTER (WHERE c.disabled) AS numerator,
       count(*) AS denominator
FROM cin_episode e
LEFT JOIN child c ON c.child = e.child
WHERE e.CINreferralDate BETWEEN $period_start AND $period_end
