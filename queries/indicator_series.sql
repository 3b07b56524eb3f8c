-- Every observation of the listed indicators, with the indicator's labels (for charts and tables): one row per
-- indicator, year and period. A data revision's figure (who entered it, when) shows for a year the build has
-- no figure of that kind for; where the build has one, the build's stays here and both are listed on the
-- data page (observations_all) and compared by the audit.
-- example: {"ids": ["pci_score", "pl07_1_procedures"]}
SELECT i.indicator_id, i.appendix, i.item, i.name_vi, i.name_en, i.unit, i.level, i.measure,
       o.year, o.period, o.kind, o.value, o.value_text, o.flag, o.footnote, o.source, o.cell_ref,
       o.basis, o.revision_id, o.entered_by, o.entered_at
FROM indicators i
JOIN observations o USING (indicator_id)
WHERE list_contains($ids, i.indicator_id)
  AND (o.revision_id IS NULL OR NOT EXISTS (
        SELECT 1 FROM observations b
        WHERE b.indicator_id = o.indicator_id AND b.year = o.year AND b.kind = o.kind AND b.revision_id IS NULL))
ORDER BY list_position($ids, i.indicator_id), o.year;
