-- id: cp_disabled
-- title: Children subject to a child protection plan who are disabled
-- definition: share of cp_open who are disabled
-- source: DfE CIN census (a Disability code other than NONE)
-- unit: percent
-- period_kind: snapshot
-- report_table: 4.2
-- breakdowns: none
WITH open_plan AS (
    -- A child with two plans open at D counts once, with the latest-starting plan.
    SELECT child, LatestCategoryOfAbuse,
           row_number() OVER (PARTITION BY child ORDER BY CPPstartDate DESC) AS pick
    FROM cp_plan
    WHERE CPPstartDate <= $period_end
      AND (CPPendDate IS NULL OR CPPendDate > $period_end)
),
on_plan AS (
    SELECT o.child, o.LatestCategoryOfAbuse, c.birth, c.expected, c.gender, c.ethnicity,
           c.language, c.district, coalesce(c.disabled, false) AS disabled,
           coalesce(is_unborn(c.birth, c.expected, $period_end), false) AS unborn
    FROM open_plan o
    LEFT JOIN child c ON c.child = o.child
    WHERE o.pick = 1
)
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) FILTER (WHERE disabled) AS numerator,
       count(*) AS denominator
FROM on_plan
