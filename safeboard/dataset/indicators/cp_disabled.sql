-- id: cp_disabled
-- title: Children subject to a child protection plan who are disabled
-- definition: share of cp_open who are disabled
-- source: DfE CIN census (a Disability code other than NONE)
-- unit: percent
-- period_kind: snapshot
-- report_table: 4.2
-- breakdowns: none
WITH on_plan AS (
    -- Children on a plan at D, each once, with the child's attributes (macros.sql).
    SELECT * FROM cp_children_at($period_end)
)
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) FILTER (WHERE disabled) AS numerator,
       count(*) AS denominator
FROM on_plan
