"""Words of the file upload (reform/ui/upload.py): the parts of Streamlit's uploader we can put in the page's
language, and the messages for a file refused."""
from reform.i18n.catalog import Table


TEXT = Table('upload')
