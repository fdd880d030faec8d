-- id: referrals_nfa
-- title: Referrals with no further action
-- definition: share of referrals with ReferralNFA true
-- source: DfE CIN census (ReferralNFA)
-- unit: percent
-- period_kind: cumulative
-- report_table: DfE
-- breakdowns: none
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) FILTER (WHERE ReferralNFA) AS numerator,
       count(*) AS denominator
FROM cin_episode
WHERE CINreferralDate BETWEEN $period_start AND $period_end
