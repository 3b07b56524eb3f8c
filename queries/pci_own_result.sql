-- Lai Châu's own published PCI result of one year: score (null where not published), rank and how many
-- provinces were ranked. 2016-2020 from the decision (PL03), later years from the published results; one
-- figure each (the view figures: a data revision's where one revises the build's).
-- example: {"year": 2020}
SELECT r.year, s.value AS score, r.value AS rank, r.out_of, r.basis, r.source
FROM figures r
LEFT JOIN figures s
       ON s.indicator_id = 'pci_score' AND s.year = r.year AND s.kind = 'actual' AND s.value IS NOT NULL
WHERE r.indicator_id = 'pci_rank' AND r.kind = 'actual' AND r.value IS NOT NULL AND r.year = $year;
