"""Words of editors' sign-in (reform/ui/auth.py)."""
from reform.i18n.catalog import Table


TEXT = Table('auth')
