-- How many provinces national rankings rank, by year (data/sources/national_field.csv: 63 up to 2024, 34 from 2025).
SELECT year_from, year_to, provinces, source FROM national_field ORDER BY year_from;
