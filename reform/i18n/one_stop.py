"""Words of the one-stop shop page (Một cửa)."""
from reform.i18n.catalog import Table


TEXT = Table('one_stop')
