-- id: referrals_by_source
-- title: Referrals by source of referral
-- definition: count and share of referrals by ReferralSource, one row per DfE code (1A ...
--   10), labelled with the DfE description, plus blank/invalid as Unknown
-- source: DfE CIN census (ReferralSource); report table 2.4. Count and share in one row:
--   numerator = the count of referrals from the source, denominator = referrals, value =
--   the share (percent). A total row (breakdown empty, referrals over referrals = 100%)
--   precedes one row per code in breakdowns.py order, zero included; breakdown_value is the
--   code (INDICATORS.md spelling) and the DfE description is in breakdowns.LABELS. Any
--   value that is not exactly a code of the list (blank, '3b', '11') is Unknown.
-- unit: percent
-- period_kind: cumulative
-- report_table: 2.4
-- breakdowns: referral_source
WITH code AS (
    SELECT * FROM (VALUES
        (1, '1A'), (2, '1B'), (3, '1C'), (4, '1D'),
        (5, '2A'), (6, '2B'),
        (7, '3A'), (8, '3B'), (9, '3C'), (10, '3D'), (11, '3E'), (12, '3F'),
        (13, '4'),
        (14, '5A'), (15, '5B'), (16, '5C'), (17, '5D'),
        (18, '6'), (19, '7'), (20, '8'), (21, '9'), (22, '10'),
        (23, 'Unknown')
    ) v(ord, value)
),
referral AS (
    SELECT coalesce(c.value, 'Unknown') AS source
    FROM cin_episode e
    LEFT JOIN code c ON c.value = trim(e.ReferralSource) AND c.value <> 'Unknown'
    WHERE e.CINreferralDate BETWEEN $period_start AND $period_end
)
SELECT breakdown_dim, breakdown_value, numerator, denominator FROM (
    SELECT 0 AS ord, '' AS breakdown_dim, '' AS breakdown_value,
           (SELECT count(*) FROM referral) AS numerator,
           (SELECT count(*) FROM referral) AS denominator
    UNION ALL
    SELECT c.ord, 'referral_source', c.value,
           (SELECT count(*) FROM referral r WHERE r.source = c.value),
           (SELECT count(*) FROM referral)
    FROM code c
)
ORDER BY ord
