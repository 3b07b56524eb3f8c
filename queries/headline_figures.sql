-- The overview's headline: the latest PCI composite and PAR INDEX total printed in the decision.
SELECT 'pci' AS index_id, year, score, rank, source
FROM pci
WHERE subindex = 'composite' AND year = (SELECT max(year) FROM pci)
UNION ALL
SELECT 'par' AS index_id, year, score, rank, source
FROM par_index
WHERE area = 'total' AND year = (SELECT max(year) FROM par_index);
