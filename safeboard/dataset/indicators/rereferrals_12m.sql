-- id: rereferrals_12m
-- title: Re-referrals within 12 months
-- definition: share of referrals where the same child has an earlier referral dated
--   within the 12 months before this one (earlier referral date >= this date minus
--   12 months)
-- source: DfE CIN census (re-referrals within 12 months of a previous referral). Every
--   earlier referral of the child in any loaded census counts, NFA ones included, as
--   DfE does; "12 months" is the rereferral_months threshold.
-- unit: percent
-- period_kind: cumulative
-- report_table: DfE
-- breakdowns: none
WITH referral AS (
    SELECT r.child, r.CINreferralDate,
           EXISTS (
               SELECT 1 FROM cin_episode earlier
               WHERE earlier.child = r.child
                 AND earlier.CINreferralDate < r.CINreferralDate
                 AND earlier.CINreferralDate >= add_months(r.CINreferralDate, -$rereferral_months)
           ) AS rereferral
    FROM cin_episode r
    WHERE r.CINreferralDate BETWEEN $period_start AND $period_end
)
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) FILTER (WHERE rereferral) AS numerator,
       count(*) AS denominator
FROM referral
