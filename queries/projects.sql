-- PL02: the key tasks and projects with their planned funds (million VND) and purpose.
SELECT i.indicator_id, i.item, i.name_vi, i.name_en, i.note_vi, o.value AS amount, o.value_text, o.source
FROM indicators i
JOIN observations o USING (indicator_id)
WHERE i.appendix = 'PL02';
