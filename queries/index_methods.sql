-- The index methods in force (the build's and the ones editors imported), one row per component, in the order
-- of the file; a weight is null where it is not published (the composite cannot then be recomputed).
SELECT method_id, index_id, name_vi, name_en, year_from, year_to, composite_max, source, component_id,
       component_name_vi, component_name_en, scale_min, scale_max, weight, revision_id, entered_by, entered_at
FROM index_methods
ORDER BY index_id, year_from, rowid;
