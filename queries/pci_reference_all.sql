-- The national PCI reference table: every province's published (score, rank) by year, out of how many, the
-- method of its year, its citation and basis (a province's own statement: stated_provincial; a rank stated without
-- its composite has a null score), and who entered it and when for a point imported by an editor.
SELECT year, province, score, rank, out_of, scale, method_id, source, basis, revision_id, entered_by, entered_at
FROM pci_reference
ORDER BY year, rank, province;
