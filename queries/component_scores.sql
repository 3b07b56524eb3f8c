-- One province's component scores of one method and year (Lai Châu's own, or any other province's).
-- example: {"method_id": "pci_2006", "year": 2016, "province": "Lai Châu"}
SELECT method_id, index_id, year, province, component_id, score, rank, out_of, basis, source,
       revision_id, entered_by, entered_at
FROM component_scores
WHERE method_id = $method_id AND year = $year AND province = $province;
