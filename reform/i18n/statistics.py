"""Words of the reform statistics page (Appendices 05, 06, 08, 09, 10 and 11)."""
from reform.i18n.catalog import Table


TEXT = Table('statistics')

# Short series names for the charts (the tables keep the names as printed).
SERIES = Table('statistics.SERIES')

SECTORS = Table('statistics.SECTORS')
OWNERS = Table('statistics.OWNERS')

UNITS = Table('statistics.UNITS')
