-- One appendix's printed rows in printed order (indicator row order), each cell with its footnote text.
-- example: {"appendix": "PL05"}
SELECT i.rowid AS printed_order, i.indicator_id, i.item, i.section, i.name_vi, i.name_en, i.unit, i.level,
       i.is_heading, o.year, o.period, o.value, o.value_text, o.flag, o.footnote,
       f.text_vi AS footnote_text, o.source
FROM indicators i
JOIN observations o ON o.indicator_id = i.indicator_id AND o.appendix = i.appendix
LEFT JOIN footnotes f ON f.footnote = o.footnote
WHERE i.appendix = $appendix
ORDER BY printed_order, o.year;
