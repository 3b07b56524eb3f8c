"""Words shared by several pages."""
from reform.i18n.catalog import Table


TEXT = Table('common')
