-- id: cp_by_category
-- title: Children subject to a child protection plan by category of abuse
-- definition: cp_open by LatestCategoryOfAbuse: Neglect (NEG), Physical Abuse (PHY),
--   Sexual Abuse (SAB), Emotional Abuse (EMO), Multiple (MUL)
-- source: DfE CIN census (LatestCategoryOfAbuse of the latest-starting open plan)
-- unit: count
-- period_kind: snapshot
-- report_table: 4.2
-- breakdowns: cp_category
WITH on_plan AS (
    -- Children on a plan at D, each once, with the child's attributes (macros.sql).
    SELECT * FROM cp_children_at($period_end)
),
grouped AS (
    SELECT upper(trim(LatestCategoryOfAbuse)) AS value
    FROM on_plan
),
breakdown AS (
    SELECT * FROM (VALUES
        (1, 'NEG'),
        (2, 'PHY'),
        (3, 'SAB'),
        (4, 'EMO'),
        (5, 'MUL')
    ) AS v (position, value)
)
SELECT breakdown_dim, breakdown_value, numerator, denominator FROM (
    SELECT 0 AS position, '' AS breakdown_dim, '' AS breakdown_value,
           count(*) AS numerator, NULL AS denominator
    FROM grouped
    UNION ALL
    SELECT b.position, 'cp_category', b.value, count(g.value), NULL
    FROM breakdown b
    LEFT JOIN grouped g ON g.value = b.value
    GROUP BY b.position, b.value
)
ORDER BY position
