"""Words of the data revisions (the import engine, reform/imports): errors of an imported
file per row and column, the template, the audit's comparison of a revision with the decision's figure."""
from reform.i18n.catalog import Table


#: An error of the file as a whole (row 0): reading it failed before any row.
FILE_ERRORS = Table('revisions.FILE_ERRORS')

#: An error of one cell (row, column).
ROW_ERRORS = Table('revisions.ROW_ERRORS')

#: What a scale is called in an out_of_range message.
SCALES = Table('revisions.SCALES')

#: Errors of applying or rolling back (StoreError codes and the engine's own).
ACTION_ERRORS = Table('revisions.ACTION_ERRORS')

#: The template's words.
TEMPLATE = Table('revisions.TEMPLATE')

#: The audit's check of a revision's figure against the decision's figure of the same indicator and year.
AUDIT = Table('revisions.AUDIT')

#: A warning on one cell, shown in the preview (the file may still be applied).
WARNINGS = Table('revisions.WARNINGS')
