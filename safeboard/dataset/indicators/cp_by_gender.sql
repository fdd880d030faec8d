-- id: cp_by_gender
-- title: Children subject to a child protection plan by gender
-- definition: cp_open by GenderCurrent: Male (1), Female (2), Unborn, Not recorded (0, 9,
--   blank)
-- source: DfE CIN census (GenderCurrent to 2023-24, Sex M/F from 2024-25; Unborn takes
--   precedence)
-- unit: count
-- period_kind: snapshot
-- report_table: 4.2
-- breakdowns: gender
WITH on_plan AS (
    -- Children on a plan at D, each once, with the child's attributes (macros.sql).
    SELECT * FROM cp_children_at($period_end)
),
grouped AS (
    SELECT gender_group(gender, unborn) AS value
    FROM on_plan
),
breakdown AS (
    SELECT * FROM (VALUES
        (1, 'Male'),
        (2, 'Female'),
        (3, 'Unborn'),
        (4, 'Not recorded')
    ) AS v (position, value)
)
SELECT breakdown_dim, breakdown_value, numerator, denominator FROM (
    SELECT 0 AS position, '' AS breakdown_dim, '' AS breakdown_value,
           count(*) AS numerator, NULL AS denominator
    FROM grouped
    UNION ALL
    SELECT b.position, 'gender', b.value, count(g.value), NULL
    FROM breakdown b
    LEFT JOIN grouped g ON g.value = b.value
    GROUP BY b.position, b.value
)
ORDER BY position
