-- Every component score in force, keyed by (method, year, province, component): Lai Châu's and other provinces'.
SELECT method_id, index_id, year, province, component_id, score, rank, out_of, basis, source,
       revision_id, entered_by, entered_at
FROM component_scores
ORDER BY index_id, year, province, component_id;
