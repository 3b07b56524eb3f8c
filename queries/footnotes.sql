-- The decision's footnotes [1]-[23], verbatim, with where each is cited.
SELECT footnote, cited_in, text_vi FROM footnotes ORDER BY footnote;
