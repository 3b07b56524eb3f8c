-- Every observed value of the listed series: the decision's 2016-2020 cells and the results published
-- since, each with how many were ranked (out_of, ranks only), its basis and its source. One figure per series
-- and year (the view figures): where a data revision revises the build's figure, the revision's (who entered
-- it and when come with it; both are on the data page and compared by the audit).
-- example: {"ids": ["pci_score", "pci_rank"]}
SELECT o.indicator_id, o.year, o.value, o.value_text, o.appendix, o.out_of, o.basis, o.basis_text,
       o.source, o.scale_note, o.quote, o.revision_id, o.entered_by, o.entered_at
FROM figures o
WHERE list_contains($ids, o.indicator_id)
  AND o.kind = 'actual'
  AND o.value IS NOT NULL
ORDER BY list_position($ids, o.indicator_id), o.year;
