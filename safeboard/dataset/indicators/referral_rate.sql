-- id: referral_rate
-- title: Referrals per 10,000 children aged 0-17, by district
-- definition: by district and total: referrals per 10,000 children aged 0-17 (population of
--   the mid-year estimate for the calendar year in which the collection year starts)
-- source: local (report table 2.2), ONS mid-year estimates. Mid-year = the year of P's
--   start (P starts on 1 April of the collection year). One row per district of that
--   mid-year's population file, named by its area_name (its area_code when blank), zero
--   included; the district is the child's, from the characteristics extract, matched on
--   the ONS code. The total row counts every referral, with or without a district (or one
--   outside the file), over the sum of the districts' populations.
-- unit: rate_per_10000
-- period_kind: cumulative
-- report_table: 2.2
-- breakdowns: district
WITH referral AS (
    SELECT c.district
    FROM cin_episode e
    LEFT JOIN child c ON c.child = e.child
    WHERE e.CINreferralDate BETWEEN $period_start AND $period_end
),
area AS (
    SELECT area_code, coalesce(nullif(trim(area_name), ''), area_code) AS name,
           population_0_17
    FROM population
    WHERE mid_year = year($period_start)
)
SELECT breakdown_dim, breakdown_value, numerator, denominator FROM (
    SELECT 0 AS ord, '' AS breakdown_dim, '' AS breakdown_value,
           (SELECT count(*) FROM referral) AS numerator,
           (SELECT sum(population_0_17) FROM area) AS denominator
    UNION ALL
    SELECT 1, 'district', a.name,
           (SELECT count(*) FROM referral r WHERE r.district = a.area_code),
           a.population_0_17
    FROM area a
)
ORDER BY ord, breakdown_value
