-- The indicator catalogue with the number of observations and of cells holding a value.
SELECT i.*, count(o.indicator_id) AS observations, count(o.value) AS values
FROM indicators i
LEFT JOIN observations o USING (indicator_id)
GROUP BY ALL
ORDER BY i.appendix, i.indicator_id;
