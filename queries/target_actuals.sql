-- Observed values of the series linked to a target: the 2016-2020 history and later published figures,
-- each with how many were ranked (out_of, ranks only) and its basis (decision / stated / derived /
-- stated_provincial / revision, with the basis words verbatim). One figure per series and year (the view
-- figures): a data revision's (who entered it, when) where one revises the build's figure.
SELECT o.indicator_id, o.year, o.value, o.value_text, o.appendix, o.source, o.scale_note,
       o.out_of, o.basis, o.basis_text, o.quote, o.revision_id, o.entered_by, o.entered_at
FROM figures o
WHERE o.indicator_id IN (SELECT indicator_id FROM targets WHERE indicator_id IS NOT NULL)
  AND o.kind = 'actual'
  AND o.value IS NOT NULL
ORDER BY o.indicator_id, o.year;
