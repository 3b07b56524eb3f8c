-- Every indicator of one appendix with its observations, in printed order (for the statistics pages).
-- example: {"appendix": "PL07"}
SELECT i.indicator_id, i.item, i.section, i.name_vi, i.name_en, i.unit, i.level, i.is_heading,
       o.year, o.period, o.value, o.value_text, o.flag, o.footnote, o.source
FROM indicators i
JOIN observations o USING (indicator_id)
WHERE i.appendix = $appendix
ORDER BY o.year;
