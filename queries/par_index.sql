-- PAR INDEX 2016-2019 (PL04): the 8 areas and the total, score and rank (out of out_of provinces); a rank
-- printed as words stays text.
SELECT year, area, item, name_vi, name_en, score, rank, rank_text, rank_flag, out_of, source
FROM par_index
ORDER BY year, TRY_CAST(item AS INTEGER) NULLS LAST;
