-- Published figures that contradict each other (data/sources/source_conflicts.csv), one row per claim.
SELECT conflict_id, year, "index", claimant, value, "rank", out_of, claim, source, note_vi, note_en
FROM source_conflicts
ORDER BY year DESC, conflict_id, claimant;
