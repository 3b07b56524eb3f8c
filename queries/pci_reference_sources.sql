-- The citations of the national PCI reference table: each source with the years and rows it supplies.
SELECT source, scale, min(year) AS first_year, max(year) AS last_year, count(*) AS rows,
       count(DISTINCT province) AS provinces
FROM pci_reference
GROUP BY source, scale
ORDER BY first_year, last_year, source;
