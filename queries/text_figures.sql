-- Figures stated in the text of Parts 1-3, with their section, verbatim quote and what they restate.
SELECT i.indicator_id, i.section, i.name_vi AS quote_vi, i.name_en, i.unit, i.restates,
       o.year, o.value, o.value_text, o.source
FROM indicators i
JOIN observations o USING (indicator_id)
WHERE i.appendix = 'text'
ORDER BY i.section, i.indicator_id;
