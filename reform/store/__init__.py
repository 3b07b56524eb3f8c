"""The state store: what users keep on the server (saved scenarios), under ``REFORM_STATE_DIR``.

Persistence only: it keeps what it is given, atomically and serialised, and knows nothing of
the data or the model (validation and versions come from ``reform.model.saved``). May import
``reform.i18n`` and ``reform.paths`` only.
"""
