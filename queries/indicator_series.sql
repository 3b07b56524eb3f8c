-- Every observation of the listed indicators, with the indicator's labels (for charts and tables): one row per
-- indicator, year and period. One figure per indicator, year and kind (the view figures): a data revision's
-- figure (who entered it, when) where one revises the build's; both are listed on the data page
-- (observations_all) and compared by the audit.
-- example: {"ids": ["pci_score", "pl07_1_procedures"]}
SELECT i.indicator_id, i.appendix, i.item, i.name_vi, i.name_en, i.unit, i.level, i.measure,
       o.year, o.period, o.kind, o.value, o.value_text, o.flag, o.footnote, o.source, o.cell_ref,
       o.basis, o.revision_id, o.entered_by, o.entered_at
FROM indicators i
JOIN figures o USING (indicator_id)
WHERE list_contains($ids, i.indicator_id)
ORDER BY list_position($ids, i.indicator_id), o.year;
