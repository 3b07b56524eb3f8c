"""Words of the peers page (Lai Châu among its region), its "match a peer" what-if presets on the PCI page and
the short regional table of the brief and the report."""
from reform.i18n.catalog import Table


TEXT = Table('peers')
