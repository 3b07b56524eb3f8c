-- Published (composite, rank) pairs of one PCI year under one method, to place a what-if composite among the
-- provinces (never points of two methods in one estimate).
-- example: {"year": 2021, "method_id": "pci_2006"}
-- Other provinces come from the curated national table and the reference points editors imported (Lai Châu is
-- never in it); out_of is how many provinces that year ranked. Lai Châu's own published result is a separate
-- query (pci_own_result).
SELECT province, score, rank, out_of, scale, method_id, source
FROM pci_reference
WHERE year = $year AND method_id = $method_id
ORDER BY score DESC;
