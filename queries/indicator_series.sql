-- Every observation of the listed indicators, with the indicator's labels (for charts and tables).
-- example: {"ids": ["pci_score", "pl07_1_procedures"]}
SELECT i.indicator_id, i.appendix, i.item, i.name_vi, i.name_en, i.unit, i.level, i.measure,
       o.year, o.period, o.kind, o.value, o.value_text, o.flag, o.footnote, o.source, o.cell_ref
FROM indicators i
JOIN observations o USING (indicator_id)
WHERE list_contains($ids, i.indicator_id)
ORDER BY list_position($ids, i.indicator_id), o.year;
