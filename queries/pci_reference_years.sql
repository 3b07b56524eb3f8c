-- PCI years with other provinces' reference points on the 2016-2021 scale: the number of points, how
-- many provinces that year ranked (out_of) and whether every other province is known (complete).
SELECT year, count(*) AS points, max(out_of) AS out_of, count(*) = max(out_of) - 1 AS complete
FROM pci_reference
WHERE scale = '2016-2021'
GROUP BY year
ORDER BY year;
