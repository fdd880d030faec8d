-- id: cin_open_other
-- title: Other children in need (not looked after, not on a child protection plan)
-- definition: children with a CIN episode open at D who are neither looked after nor on a CP
--   plan at D
-- source: local (CIN census open episodes, less SSDA903 looked-after children and CIN census
--   child protection plans at D)
-- unit: count
-- period_kind: snapshot
-- report_table: 3.1
-- breakdowns: none
WITH in_need AS (
    SELECT DISTINCT child
    FROM cin_episode
    WHERE CINreferralDate <= $period_end
      AND (CINclosureDate IS NULL OR CINclosureDate > $period_end)
      AND ReferralNFA IS NOT TRUE
),
looked_after AS (
    SELECT DISTINCT child
    FROM lac_episode
    WHERE DECOM <= $period_end
      AND (DEC IS NULL OR DEC > $period_end)
),
on_plan AS (
    SELECT DISTINCT child
    FROM cp_plan
    WHERE CPPstartDate <= $period_end
      AND (CPPendDate IS NULL OR CPPendDate > $period_end)
)
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) AS numerator, NULL AS denominator
FROM in_need
WHERE child NOT IN (SELECT child FROM looked_after)
  AND child NOT IN (SELECT child FROM on_plan)
