"""Shared fixtures: built data, and the source document where it is available."""
from __future__ import annotations

import os

import pytest

from reform.data import build
from reform.data import seed
from reform.paths import SEED_DOCUMENT


@pytest.fixture(scope="session", autouse=True)
def built_data():
    """Build data/*.parquet once if missing or stale (make test has usually done it)."""
    build.ensure_built()
    yield


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The text of Decision 688. Skipped with a reason where absent, a failure where REQUIRE_SOURCE=1."""
    if not SEED_DOCUMENT.is_file():
        message = f"source document not found at {SEED_DOCUMENT} (set REFORM_SEED to its path)"
        if os.environ.get("REQUIRE_SOURCE") == "1":
            pytest.fail(message + "; REQUIRE_SOURCE=1 requires it")
        pytest.skip(message)
    return seed.read_seed()


@pytest.fixture(scope="session")
def seed_parts(seed_text):
    """(body lines, appendix tables, footnotes) of the document."""
    return seed.split_document(seed_text)


# --- PostgreSQL: a throwaway server from Debian's `postgresql` package, for the tests marked `postgres` ---

def _postgres_missing(reason: str):
    """Skipped with the reason shown; a failure where REQUIRE_POSTGRES=1 (.ci/run sets it)."""
    if os.environ.get("REQUIRE_POSTGRES") == "1":
        pytest.fail(reason + " (REQUIRE_POSTGRES=1)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server of its own: initdb into a temporary folder, started on a free port on 127.0.0.1
    (its socket in that folder too), stopped and removed at the end. Run as the `postgres` system user
    when the tests run as root (the server refuses root). Yields a function: database name -> URL."""
    import glob
    import shutil
    import socket
    import subprocess
    import tempfile
    from pathlib import Path

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    pg_ctl = found[-1] if found else shutil.which("pg_ctl")
    if not pg_ctl:
        _postgres_missing("PostgreSQL not found (apt-get install postgresql)")
    try:
        import psycopg
    except ImportError:
        _postgres_missing("psycopg is not installed (pip install -r requirements.txt)")
    bindir = Path(pg_ctl).parent
    as_user: list[str] = []
    if os.geteuid() == 0:
        import pwd

        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            _postgres_missing("running as root and there is no 'postgres' user to run the server as")
        as_user = ["runuser", "-u", "postgres", "--"]
    # as root: under /tmp itself, which the postgres user can reach (a TMPDIR of root's may be closed to it)
    root = Path(tempfile.mkdtemp(prefix="reform-pg-", dir="/tmp" if as_user else None))
    if as_user:
        os.chown(root, owner.pw_uid, owner.pw_gid)
    data, log = root / "data", root / "server.log"

    def run(*cmd):
        return subprocess.run(as_user + [str(c) for c in cmd], cwd=root, capture_output=True, text=True, timeout=120)

    started = False
    try:
        r = run(bindir / "initdb", "-D", data, "--auth=trust", "--username=postgres", "--no-locale",
                "--encoding=UTF8", "--no-sync")
        if r.returncode != 0:
            _postgres_missing(f"initdb failed: {r.stderr.strip()[-500:]}")
        for _attempt in range(5):
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
            options = (f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
            r = run(bindir / "pg_ctl", "-D", data, "-l", log, "-o", options, "-w", "-t", "60", "start")
            started = r.returncode == 0
            if started:
                break
        if not started:
            tail = log.read_text(errors="replace")[-800:] if log.exists() else r.stderr
            _postgres_missing(f"the PostgreSQL server did not start: {tail.strip()}")

        def url(dbname: str = "postgres") -> str:
            return f"postgresql://postgres@127.0.0.1:{port}/{dbname}"

        with psycopg.connect(url(), autocommit=True, connect_timeout=10):
            pass
        yield url
    finally:
        if started:
            run(bindir / "pg_ctl", "-D", data, "-m", "fast", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh, empty database on the throwaway server (dropped afterwards): its URL."""
    import uuid

    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server(), autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    yield postgres_server(name)
    with psycopg.connect(postgres_server(), autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
