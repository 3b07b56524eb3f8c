-- Every region's membership in force: one row per region, province and period (year_to null while it holds), the
-- former members a province formed in the 2025 reorganisation carries, basis and source; who entered it and when
-- for a region imported by an editor (a region's revision replaces all of its rows).
SELECT region_id, name_vi, name_en, province, year_from, year_to, carries, basis, source, note,
       revision_id, entered_by, entered_at
FROM regions
ORDER BY region_id, year_from, province;
