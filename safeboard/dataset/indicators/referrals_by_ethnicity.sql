-- id: referrals_by_ethnicity
-- title: Referrals by ethnicity
-- definition: share of referrals by ethnicity group of the child at referral
-- source: local (report table 2.3). The child's Ethnicity from the latest census record;
--   Unborn at the referral date takes precedence. A total row (breakdown empty, referrals
--   over referrals = 100%) precedes one row per group, zero included.
-- unit: percent
-- period_kind: cumulative
-- report_table: 2.3
-- breakdowns: ethnicity
WITH referral AS (
    SELECT ethnicity_group(c.ethnicity, is_unborn(c.birth, c.expected, e.CINreferralDate))
               AS grp
    FROM cin_episode e
    LEFT JOIN child c ON c.child = e.child
    WHERE e.CINreferralDate BETWEEN $period_start AND $period_end
),
grp AS (
    SELECT * FROM (VALUES
        (1, 'White British/Irish/Other'),
        (2, 'BME'),
        (3, 'Not recorded'),
        (4, 'Unborn')
    ) v(ord, value)
)
SELECT breakdown_dim, breakdown_value, numerator, denominator FROM (
    SELECT 0 AS ord, '' AS breakdown_dim, '' AS breakdown_value,
           (SELECT count(*) FROM referral) AS numerator,
           (SELECT count(*) FROM referral) AS denominator
    UNION ALL
    SELECT g.ord, 'ethnicity', g.value,
           (SELECT count(*) FROM referral r WHERE r.grp = g.value),
           (SELECT count(*) FROM referral)
    FROM grp g
)
ORDER BY ord
