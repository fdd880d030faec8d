-- id: cp_by_language
-- title: Children subject to a child protection plan by language
-- definition: share of cp_open by language group
-- source: local (language from the child characteristics extract)
-- unit: percent
-- period_kind: snapshot
-- report_table: 4.2
-- breakdowns: language
WITH on_plan AS (
    -- Children on a plan at D, each once, with the child's attributes (macros.sql).
    SELECT * FROM cp_children_at($period_end)
),
grouped AS (
    SELECT language_group(language, unborn) AS value
    FROM on_plan
),
breakdown AS (
    SELECT * FROM (VALUES
        (1, 'English'),
        (2, 'Non English speaking'),
        (3, 'Not recorded'),
        (4, 'Unborn')
    ) AS v (position, value)
)
SELECT breakdown_dim, breakdown_value, numerator, denominator FROM (
    SELECT 0 AS position, '' AS breakdown_dim, '' AS breakdown_value,
           count(*) AS numerator, (SELECT count(*) FROM grouped) AS denominator
    FROM grouped
    UNION ALL
    SELECT b.position, 'language', b.value, count(g.value), (SELECT count(*) FROM grouped)
    FROM breakdown b
    LEFT JOIN grouped g ON g.value = b.value
    GROUP BY b.position, b.value
)
ORDER BY position
