-- id: icpc_within_15wd
-- title: Initial child protection conferences within 15 working days
-- definition: share of icpc held within 15 working days of the start of the Section 47
--   enquiry that led to it
-- source: DfE CIN census. Denominator: icpc (the same conferences). The enquiry that led
--   to a conference recorded on a Section 47 enquiry is that enquiry; for one recorded on
--   the episode only, the latest enquiry of the episode that started on or before it, needs
--   a conference (ICPCnotRequired not true) and records none of its own. A conference with
--   no such enquiry (e.g. transfer-in) cannot be shown within, and is not. "15" is the
--   icpc_working_days threshold.
-- unit: percent
-- period_kind: cumulative
-- report_table: DfE
-- breakdowns: none
WITH conference AS (
    SELECT s.DateOfInitialCPC AS held, s.S47ActualStartDate AS s47_start
    FROM section47 s
    WHERE s.DateOfInitialCPC BETWEEN $period_start AND $period_end
    UNION ALL
    SELECT e.DateOfInitialCPC AS held,
           (SELECT max(s.S47ActualStartDate) FROM section47 s
            WHERE s.child = e.child AND s.episode = e.episode
              AND s.collection_year = e.collection_year
              AND s.DateOfInitialCPC IS NULL AND s.ICPCnotRequired IS NOT TRUE
              AND s.S47ActualStartDate <= e.DateOfInitialCPC) AS s47_start
    FROM cin_episode e
    WHERE e.DateOfInitialCPC BETWEEN $period_start AND $period_end
      AND NOT EXISTS (
          SELECT 1 FROM section47 s
          WHERE s.child = e.child AND s.episode = e.episode
            AND s.collection_year = e.collection_year
            AND s.DateOfInitialCPC = e.DateOfInitialCPC
      )
)
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) FILTER (
           WHERE working_days_between(s47_start, held) <= $icpc_working_days
       ) AS numerator,
       count(*) AS denominator
FROM conference
