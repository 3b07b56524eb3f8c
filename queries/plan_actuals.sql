-- Observed values of the indicators a plan's targets measure (a plan entered by an editor; reform/model/verdicts.py
-- plan_verdicts): like target_actuals.sql, for any indicator a figure may be entered for. One figure per
-- indicator and year (the view figures): a data revision's (who entered it, when) where one revises the build's.
-- example: {"ids": ["pci_rank", "pl07_5c_ontime_commune"]}
SELECT o.indicator_id, o.year, o.value, o.value_text, o.appendix, o.source, o.scale_note,
       o.out_of, o.basis, o.basis_text, o.quote, o.revision_id, o.entered_by, o.entered_at
FROM figures o
WHERE list_contains($ids, o.indicator_id)
  AND o.kind = 'actual'
  AND o.value IS NOT NULL
ORDER BY o.indicator_id, o.year;
