-- id: cin_open_2_months
-- title: New children in need cases still open two months after referral
-- definition: episodes with CINreferralDate in P and ReferralNFA not true that were still
--   open two calendar months after the referral date (no closure date, or closure date on
--   or after referral + 2 months); only episodes whose referral + 2 months falls on or
--   before P's end can count
-- source: local (report table 2.1). "2 months" is the cin_open_months threshold, in
--   calendar months (2017-12-31 + 2 months = 2018-02-28).
-- unit: count
-- period_kind: cumulative
-- report_table: 2.1
-- breakdowns: none
WITH episode AS (
    SELECT CINclosureDate, add_months(CINreferralDate, $cin_open_months) AS due
    FROM cin_episode
    WHERE CINreferralDate BETWEEN $period_start AND $period_end
      AND ReferralNFA IS NOT TRUE
)
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) AS numerator, NULL AS denominator
FROM episode
WHERE due <= $period_end
  AND (CINclosureDate IS NULL OR CINclosureDate >= due)
