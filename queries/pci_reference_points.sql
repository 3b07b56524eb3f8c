-- Published (composite, rank) pairs of one PCI year, to place a what-if composite among the provinces.
-- example: {"year": 2021}
-- Other provinces come from the curated national table; Lai Châu's own result comes from PL03.
SELECT province, score, rank, scale, source
FROM pci_reference
WHERE year = $year
UNION ALL
SELECT 'Lai Châu' AS province, score, rank, '2016-2021' AS scale, source
FROM pci
WHERE year = $year AND subindex = 'composite'
ORDER BY score DESC;
