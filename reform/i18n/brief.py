"""Words of the scenario brief and the scenarios page."""
from reform.i18n.catalog import Table


TEXT = Table('brief')
