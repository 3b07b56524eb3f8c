-- Published (composite, rank) pairs of one PCI year, to place a what-if composite among the provinces.
-- example: {"year": 2021}
-- Other provinces come from the curated national table (Lai Châu is never in it); out_of is how many
-- provinces that year ranked. Lai Châu's own published result is a separate query (pci_own_result).
SELECT province, score, rank, out_of, scale, source
FROM pci_reference
WHERE year = $year
ORDER BY score DESC;
