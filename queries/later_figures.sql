-- Figures published after 2020 (observations with appendix 'external' of a year after 2020; Lai Châu's PCI of
-- 2013-2015, also external, is on the PCI page), with the indicator's name and decimals,
-- how many were ranked, the basis and the URL-bearing source.
SELECT o.indicator_id, i.name_vi, i.name_en, i.decimals, o.year, o.value, o.value_text, o.scale_note, o.source,
       o.out_of, o.basis, o.basis_text, o.quote
FROM observations o
JOIN indicators i USING (indicator_id)
WHERE o.appendix = 'external' AND o.year > 2020
ORDER BY starts_with(o.indicator_id, 'par'), o.indicator_id DESC, o.year;
