"""Words of the scenarios page."""
from reform.i18n.catalog import Table


TEXT = Table('scenarios')
