-- id: referrals
-- title: Referrals received
-- definition: CIN episodes (CINdetails) with CINreferralDate in P
-- source: DfE CIN census
-- unit: count
-- period_kind: cumulative
-- report_table: 2.1
-- breakdowns: none
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) AS numerator, NULL AS denominator
FROM cin_episode
WHERE CINreferralDate BETWEEN $period_start AND $period_end
