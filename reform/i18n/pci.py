"""Words of the PCI page."""
from reform.i18n.catalog import Table


TEXT = Table('pci')
