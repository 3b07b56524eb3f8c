"""The state store: what users keep on the server (saved scenarios, data revisions, the sign-in
log), in one of two backends behind one interface (``base.py``):

* an embedded DuckDB file under ``REFORM_STATE_DIR`` (``duckdb_backend.py``), the default;
* PostgreSQL when ``REFORM_DATABASE_URL=postgresql://…`` is set (``postgres_backend.py``: psycopg 3 and
  a connection pool), for replicas on several machines.

``backends.py`` picks one from the environment; ``migrations.py`` is the schema both get, applied on
start and recorded in ``schema_version``; a module per table (``scenarios.py``, ``revisions.py``,
``sign_in_log.py``) holds its SQL, with bound parameters only, and the isolation each of its operations
needs.

Persistence only: it keeps what it is given, atomically, and knows nothing of the data or the model
(validation and versions come from ``reform.model.saved``). May import ``reform.i18n`` and
``reform.paths`` only.
"""
