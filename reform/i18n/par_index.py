"""Words of the PAR INDEX page."""
from reform.i18n.catalog import Table


TEXT = Table('par_index')
