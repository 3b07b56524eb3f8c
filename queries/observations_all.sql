-- Every observation (printed cells, text figures, later published figures, and the figures of the data
-- revisions in force: appendix 'revision', with revision_id, entered_by, entered_at).
SELECT * FROM observations ORDER BY appendix, indicator_id, year, revision_id NULLS FIRST;
