-- id: referrals_to_assessment
-- title: Referrals moved on to assessment
-- definition: share of referrals whose episode has at least one assessment with
--   AssessmentActualStartDate on or before P's end; numerator those referrals,
--   denominator referrals
-- source: DfE CIN census
-- unit: percent
-- period_kind: cumulative
-- report_table: 2.1
-- breakdowns: none
WITH referrals AS (
    SELECT child, episode, collection_year
    FROM cin_episode
    WHERE CINreferralDate BETWEEN $period_start AND $period_end
),
assessed AS (
    SELECT DISTINCT r.child, r.episode, r.collection_year
    FROM referrals r
    JOIN assessment a
      ON a.child = r.child AND a.episode = r.episode AND a.collection_year = r.collection_year
    WHERE a.AssessmentActualStartDate <= $period_end
)
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       (SELECT count(*) FROM assessed) AS numerator,
       (SELECT count(*) FROM referrals) AS denominator
