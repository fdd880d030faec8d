-- id: cp_by_age
-- title: Children subject to a child protection plan by age
-- definition: cp_open by age band at D: Unborn, Under 1, 1 to 4, 5 to 9, 10 to 15, 16 to
--   17, No DOB
-- source: DfE CIN census (PersonBirthDate, ExpectedPersonBirthDate)
-- unit: count
-- period_kind: snapshot
-- report_table: 4.2
-- breakdowns: age_band
WITH on_plan AS (
    -- Children on a plan at D, each once, with the child's attributes (macros.sql).
    SELECT * FROM cp_children_at($period_end)
),
grouped AS (
    SELECT age_band(birth, expected, $period_end) AS value
    FROM on_plan
),
breakdown AS (
    SELECT * FROM (VALUES
        (1, 'Unborn'),
        (2, 'Under 1'),
        (3, '1 to 4'),
        (4, '5 to 9'),
        (5, '10 to 15'),
        (6, '16 to 17'),
        (7, 'No DOB')
    ) AS v (position, value)
)
SELECT breakdown_dim, breakdown_value, numerator, denominator FROM (
    SELECT 0 AS position, '' AS breakdown_dim, '' AS breakdown_value,
           count(*) AS numerator, NULL AS denominator
    FROM grouped
    UNION ALL
    SELECT b.position, 'age_band', b.value, count(g.value), NULL
    FROM breakdown b
    LEFT JOIN grouped g ON g.value = b.value
    GROUP BY b.position, b.value
)
ORDER BY position
