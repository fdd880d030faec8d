-- id: cp_rate
-- title: Children subject to a child protection plan per 10,000 children aged 0-17, by district
-- definition: by district and total: cp_open per 10,000 children aged 0-17
-- source: DfE CIN census, ONS mid-year estimates. Mid-year = the calendar year in which the
--   collection year of D starts (D in April to December: D's year; January to March: the
--   year before). One row per district of that mid-year's population file, named by its
--   area_name (its area_code when blank), zero included; the district is the child's, from
--   the characteristics extract, matched on the ONS code. The total row counts every child
--   on a plan, with or without a district (or one outside the file), over the sum of the
--   districts' populations.
-- unit: rate_per_10000
-- period_kind: snapshot
-- report_table: 4.1
-- breakdowns: district
WITH on_plan AS (
    -- Children on a plan at D, each once, with the child's attributes (macros.sql).
    SELECT * FROM cp_children_at($period_end)
),
area AS (
    SELECT area_code, coalesce(nullif(trim(area_name), ''), area_code) AS name,
           population_0_17
    FROM population
    WHERE mid_year = CASE WHEN month($period_end) >= 4 THEN year($period_end)
                          ELSE year($period_end) - 1 END
)
SELECT breakdown_dim, breakdown_value, numerator, denominator FROM (
    SELECT 0 AS position, '' AS breakdown_dim, '' AS breakdown_value,
           (SELECT count(*) FROM on_plan) AS numerator,
           (SELECT sum(population_0_17) FROM area) AS denominator
    UNION ALL
    SELECT 1, 'district', a.name,
           (SELECT count(*) FROM on_plan p WHERE p.district = a.area_code),
           a.population_0_17
    FROM area a
)
ORDER BY position, breakdown_value
