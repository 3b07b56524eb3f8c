"""Entry point: `streamlit run app.py`. Everything it does is reform.ui.shell.main (data check,
language, navigation, then the chosen page)."""
from reform.ui import shell

shell.main()
