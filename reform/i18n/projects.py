"""Words of the projects-and-funding page."""
from reform.i18n.catalog import Table


TEXT = Table('projects')
