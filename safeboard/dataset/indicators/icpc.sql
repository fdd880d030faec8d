-- id: icpc
-- title: Initial child protection conferences
-- definition: initial child protection conferences with DateOfInitialCPC in P
-- source: DfE CIN census. A conference is recorded on the Section 47 enquiry that led to it
--   or, with no such enquiry in the return (e.g. a transfer-in conference), on the episode
--   (CINdetails); both count. An episode-level date equal to one of the episode's enquiry
--   dates is the same conference (DfE rule 2884) and counts once.
-- unit: count
-- period_kind: cumulative
-- report_table: DfE
-- breakdowns: none
WITH conference AS (
    SELECT s.DateOfInitialCPC AS held
    FROM section47 s
    WHERE s.DateOfInitialCPC BETWEEN $period_start AND $period_end
    UNION ALL
    SELECT e.DateOfInitialCPC AS held
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
       count(*) AS numerator, NULL AS denominator
FROM conference
