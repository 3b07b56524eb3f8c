-- PCI years with other provinces' reference points under one method (the method of the what-if's base year):
-- the number of points, how many provinces that year ranked (out_of) and whether every other province is known
-- (complete). A year's points are all of its own method (one method per index and year); a rank stated without
-- its composite is no point (its score is null).
-- example: {"method_id": "pci_2006"}
SELECT year, count(score) AS points, max(out_of) AS out_of, count(score) = max(out_of) - 1 AS complete
FROM pci_reference
WHERE method_id = $method_id
GROUP BY year
ORDER BY year;
