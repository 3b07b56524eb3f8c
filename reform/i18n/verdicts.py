"""Words for the verdicts (reform/model/verdicts.py), shared by the overview, the targets page, the brief
and the end-of-scheme report."""
from reform.i18n.catalog import Table


TEXT = Table('verdicts')
