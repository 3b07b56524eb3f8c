-- The 2025/2030 targets of PL01 and Part 3 §I.2, one row per target part.
SELECT *
FROM targets
ORDER BY "order";  -- the order of Appendix 01 (province, district, commune for item II.8)
