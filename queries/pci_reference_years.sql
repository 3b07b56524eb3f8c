-- PCI years that have reference points on the 2016-2021 scale, with the number of points each.
SELECT year, count(*) AS points
FROM (
    SELECT year FROM pci_reference WHERE scale = '2016-2021'
    UNION ALL
    SELECT year FROM pci WHERE subindex = 'composite'
)
GROUP BY year
ORDER BY year;
