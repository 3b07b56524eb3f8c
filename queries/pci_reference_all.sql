-- The national PCI reference table: every province's published (score, rank) by year, with its citation.
SELECT year, province, score, rank, scale, source
FROM pci_reference
ORDER BY year, rank, province;
