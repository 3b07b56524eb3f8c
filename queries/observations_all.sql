-- Every observation (printed cells, text figures and later published figures).
SELECT * FROM observations ORDER BY appendix, indicator_id, year;
