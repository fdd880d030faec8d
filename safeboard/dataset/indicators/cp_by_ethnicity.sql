-- id: cp_by_ethnicity
-- title: Children subject to a child protection plan by ethnicity
-- definition: share of cp_open by ethnicity group
-- source: DfE CIN census
-- unit: percent
-- period_kind: snapshot
-- report_table: 4.2
-- breakdowns: ethnicity
WITH on_plan AS (
    -- Children on a plan at D, each once, with the child's attributes (macros.sql).
    SELECT * FROM cp_children_at($period_end)
),
grouped AS (
    SELECT ethnicity_group(ethnicity, unborn) AS value
    FROM on_plan
),
breakdown AS (
    SELECT * FROM (VALUES
        (1, 'White British/Irish/Other'),
        (2, 'BME'),
        (3, 'Not recorded'),
        (4, 'Unborn')
    ) AS v (position, value)
)
SELECT breakdown_dim, breakdown_value, numerator, denominator FROM (
    SELECT 0 AS position, '' AS breakdown_dim, '' AS breakdown_value,
           count(*) AS numerator, (SELECT count(*) FROM grouped) AS denominator
    FROM grouped
    UNION ALL
    SELECT b.position, 'ethnicity', b.value, count(g.value), (SELECT count(*) FROM grouped)
    FROM breakdown b
    LEFT JOIN grouped g ON g.value = b.value
    GROUP BY b.position, b.value
)
ORDER BY position
