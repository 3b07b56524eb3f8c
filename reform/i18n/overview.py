"""Words of the overview page."""
from reform.i18n.catalog import Table


TEXT = Table('overview')
