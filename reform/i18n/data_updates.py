"""Words of the data-updates page (pages/data_updates.py)."""
from reform.i18n.catalog import Table


TEXT = Table('data_updates')
