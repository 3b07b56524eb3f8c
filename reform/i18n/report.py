"""Words of the end-of-scheme report (DOCX and CSV): results of the scheme's targets 2021-2025."""
from reform.i18n.catalog import Table


TEXT = Table('report')
