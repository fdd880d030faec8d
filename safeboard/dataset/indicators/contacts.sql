-- id: contacts
-- title: Contacts received
-- definition: contacts with a contact date in P
-- source: local (Ofsted Annex A list 1 extract)
-- unit: count
-- period_kind: cumulative
-- report_table: 2.1
-- breakdowns: none
SELECT '' AS breakdown_dim, '' AS breakdown_value,
       count(*) AS numerator, NULL AS denominator
FROM contact
WHERE date_of_contact BETWEEN $period_start AND $period_end
