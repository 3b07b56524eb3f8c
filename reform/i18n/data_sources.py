"""Words of the data and sources page."""
from reform.i18n.catalog import Table


TEXT = Table('data_sources')

# Where a footnote is cited, in English (the Vietnamese is shown as recorded).
CITED_IN_EN = Table('data_sources.CITED_IN_EN')

# Names of the series that have figures published after 2020 (the catalogue's printed names, e.g. "Tổng cộng",
# do not say which index they belong to).
LATER_NAMES = Table('data_sources.LATER_NAMES')

# How a figure is known (the ``basis`` column of the data contract).
BASIS = Table('data_sources.BASIS')

# Notes recorded in Vietnamese with the later figures, in English.
SCALE_NOTES_EN = Table('data_sources.SCALE_NOTES_EN')

CITATIONS = Table('data_sources.CITATIONS')

# The dataset's notes on how each later figure is known (``basis_text``, recorded in English), in both
# languages; a note not listed (an editor's) is shown as recorded.
BASIS_TEXT = Table('data_sources.BASIS_TEXT')
