-- Every observed value of the listed series: the decision's 2016-2020 cells and the results published
-- since, each with how many were ranked (out_of, ranks only), its basis and its source.
-- example: {"ids": ["pci_score", "pci_rank"]}
SELECT o.indicator_id, o.year, o.value, o.value_text, o.appendix, o.out_of, o.basis, o.basis_text,
       o.source, o.scale_note, o.quote
FROM observations o
WHERE list_contains($ids, o.indicator_id)
  AND o.kind = 'actual'
  AND o.value IS NOT NULL
ORDER BY list_position($ids, o.indicator_id), o.year;
