"""Named scenarios: save, load, rename, duplicate, delete; concurrent and interrupted saves lose nothing.

Every test runs on both state-store backends: the embedded DuckDB file and PostgreSQL (marked
``postgres``: a throwaway server from tests/conftest.py, a fresh database per test).
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import datetime, timezone

import duckdb
import pytest

from reform.model import saved as store
from reform.paths import ROOT
from reform.store import backends
from reform.store import base as store_base
from reform.store import migrations
from reform.store import scenarios as raw_store

BACKENDS = ["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)]
ONLY_DUCKDB = pytest.mark.parametrize("backend", ["duckdb"], indirect=True)
ONLY_POSTGRES = pytest.mark.parametrize("backend", [pytest.param("postgres", marks=pytest.mark.postgres)],
                                        indirect=True)


@pytest.fixture(autouse=True, params=BACKENDS)
def backend(request, tmp_path, monkeypatch):
    """The store of one test: a DuckDB file in a temporary folder, or a fresh PostgreSQL database."""
    monkeypatch.setenv("REFORM_STATE_DIR", str(tmp_path / "scenarios"))
    monkeypatch.setattr(raw_store, "_before_commit", None)
    monkeypatch.setattr(store_base, "_before_migration_commit", None)
    if request.param == "postgres":
        monkeypatch.setenv("REFORM_DATABASE_URL", request.getfixturevalue("postgres_url"))
    else:
        monkeypatch.delenv("REFORM_DATABASE_URL", raising=False)
    backends.reset()
    yield request.param
    backends.reset()


@pytest.fixture
def state_dir(tmp_path):
    return tmp_path / "scenarios"


LAND = {"pci_land": 6.78, "pace_online_l34": 2.0}


def test_save_load_rename_duplicate_delete():
    s = store.save("Đất đai +1", LAND, note="họp 12/2026")
    assert store.get(s.id).values == pytest.approx(LAND)
    assert store.get(s.id).note == "họp 12/2026" and not store.made_on_other_data(s)
    store.rename(s.id, "Tiếp cận đất đai +1")
    assert [x.name for x in store.list_all()] == ["Tiếp cận đất đai +1"]
    copy = store.duplicate(s.id, "Bản sao")
    assert copy.id != s.id and copy.values == s.values
    store.update(copy.id, {"pci_land": 7.08})
    assert store.get(copy.id).values == pytest.approx({"pci_land": 7.08})
    assert store.get(s.id).values == pytest.approx(LAND)  # the original is untouched
    store.delete(s.id)
    assert [x.name for x in store.list_all()] == ["Bản sao"]
    with pytest.raises(store.StoreError) as err:
        store.get(s.id)
    assert err.value.code == "not_found"


@pytest.mark.parametrize("name, code", [("", "empty_name"), ("   ", "empty_name"), ("x" * 81, "long_name")])
def test_bad_names(name, code):
    with pytest.raises(store.StoreError) as err:
        store.save(name, LAND)
    assert err.value.code == code


def test_names_are_unique():
    store.save("A", LAND)
    with pytest.raises(store.StoreError) as err:
        store.save("A", {})
    assert err.value.code == "name_taken"
    assert len(store.list_all()) == 1


@pytest.mark.parametrize("values", [{"pci_land": 99.0}, {"unknown": 1}, {"pci_land": "DROP TABLE"}])
def test_values_are_validated(values):
    with pytest.raises(store.StoreError) as err:
        store.save("bad", values)
    assert err.value.code == "bad_values"
    assert store.list_all() == []


def test_concurrent_saves_from_threads_lose_nothing():
    errors = []

    def worker(i):
        try:
            store.save(f"luồng {i}", {"pci_land": 5.78 + (i % 10) / 10})
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(s.name for s in store.list_all()) == sorted(f"luồng {i}" for i in range(24))


def test_concurrent_saves_from_processes_lose_nothing(state_dir):
    code = textwrap.dedent("""
        import sys
        from reform.model import saved as store
        for i in range(5):
            store.save(f"tiến trình {sys.argv[1]}-{i}", {"pci_land": 6.78})
    """)
    env = {**os.environ, "REFORM_STATE_DIR": str(state_dir)}
    procs = [subprocess.Popen([sys.executable, "-c", code, str(p)], cwd=ROOT, env=env) for p in range(4)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    assert len(store.list_all()) == 20


def test_save_killed_midway_leaves_the_rest_intact(state_dir, tmp_path):
    kept = store.save("giữ lại", LAND)
    flag = tmp_path / "in-transaction"
    code = textwrap.dedent(f"""
        import pathlib, time
        from reform.model import saved as store
        from reform.store import scenarios as raw_store
        def pause():
            pathlib.Path({str(flag)!r}).write_text("now")
            time.sleep(60)
        raw_store._before_commit = pause
        store.save("bị ngắt", {{"pci_land": 7.0}})
    """)
    env = {**os.environ, "REFORM_STATE_DIR": str(state_dir)}
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env)
    deadline = time.time() + 60
    while not flag.exists() and time.time() < deadline:
        time.sleep(0.05)
    assert flag.exists(), "the save never reached its commit"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    names = [s.name for s in store.list_all()]
    assert names == ["giữ lại"]
    assert store.get(kept.id).values == pytest.approx(LAND)
    store.save("sau sự cố", {})  # the store still takes writes
    assert len(store.list_all()) == 2


def test_full_disk_during_save_rolls_back(monkeypatch):
    store.save("trước", LAND)

    def disk_full():
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(raw_store, "_before_commit", disk_full)
    with pytest.raises(store.StoreError) as err:
        store.save("đĩa đầy", LAND)
    assert err.value.code == "write_failed"
    monkeypatch.setattr(raw_store, "_before_commit", None)
    assert [s.name for s in store.list_all()] == ["trước"]


def test_scenario_made_on_other_data_says_so(monkeypatch):
    s = store.save("cũ", LAND)
    monkeypatch.setattr(store.db, "data_version", lambda: "another-build")
    assert store.made_on_other_data(store.get(s.id))


# --- the schema: created and migrated on start, recorded in schema_version, never redone ---

LATEST = [m.version for m in migrations.MIGRATIONS]


def _start():
    """A backend as a new process would make it (not the cached one)."""
    return backends.make(backends.database_url())


def _recorded(backend) -> list[tuple]:
    with backend.transaction(read_only=True) as tx:
        return tx.execute("SELECT version, name, applied_at FROM schema_version ORDER BY version")


def test_schema_is_migrated_once_and_records_its_version():
    first = _start()
    try:
        assert first.migrate() == LATEST
        recorded = _recorded(first)
    finally:
        first.close()
    assert [(v, name) for v, name, _ in recorded] == [(m.version, m.name) for m in migrations.MIGRATIONS]
    second = _start()  # a restart: nothing left to do, nothing redone
    try:
        assert second.migrate() == []
        assert _recorded(second) == recorded
    finally:
        second.close()
    s = store.save("sau khởi động lại", LAND)
    assert store.get(s.id).values == pytest.approx(LAND)


def test_starts_at_the_same_moment_migrate_once(monkeypatch):
    """Replicas starting together: one migrates, the others wait for it and find nothing to do."""
    monkeypatch.setattr(store_base, "_before_migration_commit", lambda: time.sleep(0.3))  # others queue up
    starts = [_start() for _ in range(4)]
    barrier = threading.Barrier(len(starts))
    applied, errors = [], []

    def start(b):
        barrier.wait()
        try:
            applied.append(b.migrate())
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(b,)) for b in starts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        assert sorted(applied) == [[], [], [], LATEST]
        assert [v for v, _, _ in _recorded(starts[0])] == LATEST
    finally:
        for b in starts:
            b.close()


def test_a_newer_schema_is_refused():
    store.save("trước", LAND)
    with backends.current().transaction() as tx:
        tx.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                   [LATEST[-1] + 1, "from a newer release", datetime.now(timezone.utc)])
    backends.reset()  # a restart of older code
    with pytest.raises(store.StoreError) as err:
        store.list_all()
    assert err.value.code == "unreadable" and "newer" in err.value.detail


@ONLY_DUCKDB
def test_a_store_from_before_migrations_is_adopted(state_dir):
    """A scenarios.duckdb written before there was a schema_version keeps its scenarios."""
    state_dir.mkdir(parents=True)
    con = duckdb.connect(str(state_dir / "scenarios.duckdb"))
    con.execute(migrations.MIGRATIONS[0].sql[0])
    now = datetime.now(timezone.utc)
    con.execute("INSERT INTO scenarios VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                ["old1", "cũ", "", '{"pci_land": 6.78}', "v0", "1", now, now])
    con.close()
    assert [(s.name, s.values) for s in store.list_all()] == [("cũ", {"pci_land": 6.78})]
    assert [v for v, _, _ in _recorded(backends.current())] == LATEST


@ONLY_DUCKDB
def test_a_store_folder_removed_while_running_is_made_again(state_dir):
    import shutil

    store.save("trước", LAND)
    shutil.rmtree(state_dir)
    assert store.list_all() == []
    store.save("sau", LAND)
    assert [s.name for s in store.list_all()] == ["sau"]


# --- one name, two people at the same moment ---

def _at_once(calls) -> list[str]:
    """Run the calls in threads released together; each one's outcome: "ok" or its error code."""
    barrier = threading.Barrier(len(calls))
    outcomes = []

    def run(call):
        barrier.wait()
        try:
            call()
            outcomes.append("ok")
        except store.StoreError as exc:
            outcomes.append(exc.code)

    threads = [threading.Thread(target=run, args=(c,)) for c in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(outcomes)


def test_one_name_saved_at_the_same_moment_is_kept_once(monkeypatch):
    store.list_all()  # the schema first, so the saves meet at the name
    monkeypatch.setattr(raw_store, "_before_commit", lambda: time.sleep(0.1))  # each holds its row a moment
    outcomes = _at_once([lambda i=i: store.save("cùng tên", {"pci_land": 6.0 + i / 10}) for i in range(6)])
    assert outcomes == ["name_taken"] * 5 + ["ok"]
    assert [s.name for s in store.list_all()] == ["cùng tên"]


def test_two_renames_to_one_name_at_the_same_moment(monkeypatch):
    a, b = store.save("A", LAND), store.save("B", LAND)
    monkeypatch.setattr(raw_store, "_before_commit", lambda: time.sleep(0.1))
    outcomes = _at_once([lambda: store.rename(a.id, "C"), lambda: store.rename(b.id, "C")])
    assert outcomes == ["name_taken", "ok"]
    assert sorted(s.name for s in store.list_all()) in (["A", "C"], ["B", "C"])


def test_update_rename_delete_of_a_deleted_scenario_say_not_found():
    s = store.save("sắp xóa", LAND)
    store.delete(s.id)
    for call in (lambda: store.update(s.id, LAND), lambda: store.rename(s.id, "khác"), lambda: store.delete(s.id)):
        with pytest.raises(store.StoreError) as err:
            call()
        assert err.value.code == "not_found"


# --- configuration ---

@ONLY_DUCKDB
def test_a_database_url_that_is_not_postgresql_is_refused(monkeypatch):
    monkeypatch.setenv("REFORM_DATABASE_URL", "mysql://localhost/reform")
    with pytest.raises(store.StoreError) as err:
        store.list_all()
    assert err.value.code == "unreadable"


@ONLY_POSTGRES
def test_a_server_that_does_not_answer_is_a_store_error(monkeypatch):
    """No server at the URL: the page gets a StoreError (a message), not a stack trace or a hang."""
    from reform.store import postgres_backend

    monkeypatch.setattr(postgres_backend, "POOL_TIMEOUT_S", 1.0)
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    monkeypatch.setenv("REFORM_DATABASE_URL", f"postgresql://postgres@127.0.0.1:{port}/none?connect_timeout=1")
    with pytest.raises(store.StoreError) as err:
        store.list_all()
    assert err.value.code == "unreadable"


@ONLY_POSTGRES
def test_connections_the_server_cut_are_replaced(postgres_url):
    """A restarted server (or a killed session) costs no failed page: the pool checks a connection first."""
    import psycopg

    store.save("trước", LAND)
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        cut = admin.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                            "WHERE datname = current_database() AND pid <> pg_backend_pid()").fetchone()[0]
    assert cut >= 1
    assert [s.name for s in store.list_all()] == ["trước"]
