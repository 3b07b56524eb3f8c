-- PCI 2016-2020 (PL03): the composite and the 10 sub-indices, score, rank (out of out_of provinces) and VCCI weight per year.
SELECT year, subindex, item, name_vi, name_en, weight, score, rank, out_of, source
FROM pci
ORDER BY year, TRY_CAST(item AS INTEGER) NULLS FIRST;
