"""Words of the targets page."""
from reform.i18n.catalog import Table


TEXT = Table('targets')
