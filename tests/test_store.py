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
#: A signed-in editor: may change every scenario (the ownership rules have their own tests).
ED = store.Actor.for_editor("kiểm thử")


def test_save_load_rename_duplicate_delete():
    s = store.save("Đất đai +1", LAND, note="họp 12/2026", actor=ED)
    assert store.get(s.id).values == pytest.approx(LAND)
    assert store.get(s.id).note == "họp 12/2026" and not store.made_on_other_data(s)
    store.rename(s.id, "Tiếp cận đất đai +1", actor=ED)
    assert [x.name for x in store.list_all()] == ["Tiếp cận đất đai +1"]
    copy = store.duplicate(s.id, "Bản sao", actor=ED)
    assert copy.id != s.id and copy.values == s.values
    store.update(copy.id, {"pci_land": 7.08}, actor=ED)
    assert store.get(copy.id).values == pytest.approx({"pci_land": 7.08})
    assert store.get(s.id).values == pytest.approx(LAND)  # the original is untouched
    store.delete(s.id, actor=ED)
    assert [x.name for x in store.list_all()] == ["Bản sao"]
    with pytest.raises(store.StoreError) as err:
        store.get(s.id)
    assert err.value.code == "not_found"


@pytest.mark.parametrize("name, code", [("", "empty_name"), ("   ", "empty_name"), ("x" * 81, "long_name")])
def test_bad_names(name, code):
    with pytest.raises(store.StoreError) as err:
        store.save(name, LAND, actor=ED)
    assert err.value.code == code


def test_names_are_unique():
    store.save("A", LAND, actor=ED)
    with pytest.raises(store.StoreError) as err:
        store.save("A", {}, actor=ED)
    assert err.value.code == "name_taken"
    assert len(store.list_all()) == 1


@pytest.mark.parametrize("values", [{"pci_land": 99.0}, {"unknown": 1}, {"pci_land": "DROP TABLE"}])
def test_values_are_validated(values):
    with pytest.raises(store.StoreError) as err:
        store.save("bad", values, actor=ED)
    assert err.value.code == "bad_values"
    assert store.list_all() == []


def test_concurrent_saves_from_threads_lose_nothing():
    errors = []

    def worker(i):
        try:
            store.save(f"luồng {i}", {"pci_land": 5.78 + (i % 10) / 10}, actor=ED)
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
            store.save(f"tiến trình {sys.argv[1]}-{i}", {"pci_land": 6.78}, actor=store.Actor.for_editor("t"))
    """)
    env = {**os.environ, "REFORM_STATE_DIR": str(state_dir)}
    procs = [subprocess.Popen([sys.executable, "-c", code, str(p)], cwd=ROOT, env=env) for p in range(4)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    assert len(store.list_all()) == 20


def test_save_killed_midway_leaves_the_rest_intact(state_dir, tmp_path):
    kept = store.save("giữ lại", LAND, actor=ED)
    flag = tmp_path / "in-transaction"
    code = textwrap.dedent(f"""
        import pathlib, time
        from reform.model import saved as store
        from reform.store import scenarios as raw_store
        def pause():
            pathlib.Path({str(flag)!r}).write_text("now")
            time.sleep(60)
        raw_store._before_commit = pause
        store.save("bị ngắt", {{"pci_land": 7.0}}, actor=store.Actor.for_editor("t"))
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
    store.save("sau sự cố", {}, actor=ED)  # the store still takes writes
    assert len(store.list_all()) == 2


def test_full_disk_during_save_rolls_back(monkeypatch):
    store.save("trước", LAND, actor=ED)

    def disk_full():
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(raw_store, "_before_commit", disk_full)
    with pytest.raises(store.StoreError) as err:
        store.save("đĩa đầy", LAND, actor=ED)
    assert err.value.code == "write_failed"
    monkeypatch.setattr(raw_store, "_before_commit", None)
    assert [s.name for s in store.list_all()] == ["trước"]


def test_scenario_made_on_other_data_says_so(monkeypatch):
    s = store.save("cũ", LAND, actor=ED)
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
    s = store.save("sau khởi động lại", LAND, actor=ED)
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
    store.save("trước", LAND, actor=ED)
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

    store.save("trước", LAND, actor=ED)
    shutil.rmtree(state_dir)
    assert store.list_all() == []
    store.save("sau", LAND, actor=ED)
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
    outcomes = _at_once([lambda i=i: store.save("cùng tên", {"pci_land": 6.0 + i / 10}, actor=ED) for i in range(6)])
    assert outcomes == ["name_taken"] * 5 + ["ok"]
    assert [s.name for s in store.list_all()] == ["cùng tên"]


def test_two_renames_to_one_name_at_the_same_moment(monkeypatch):
    a, b = store.save("A", LAND, actor=ED), store.save("B", LAND, actor=ED)
    monkeypatch.setattr(raw_store, "_before_commit", lambda: time.sleep(0.1))
    outcomes = _at_once([lambda: store.rename(a.id, "C", actor=ED), lambda: store.rename(b.id, "C", actor=ED)])
    assert outcomes == ["name_taken", "ok"]
    assert sorted(s.name for s in store.list_all()) in (["A", "C"], ["B", "C"])


def test_update_rename_delete_of_a_deleted_scenario_say_not_found():
    s = store.save("sắp xóa", LAND, actor=ED)
    store.delete(s.id, actor=ED)
    for call in (lambda: store.update(s.id, LAND, actor=ED), lambda: store.rename(s.id, "khác", actor=ED), lambda: store.delete(s.id, actor=ED)):
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

    store.save("trước", LAND, actor=ED)
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        cut = admin.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                            "WHERE datname = current_database() AND pid <> pg_backend_pid()").fetchone()[0]
    assert cut >= 1
    assert [s.name for s in store.list_all()] == ["trước"]


# --- migrations 3 and 4 (issue 9): the sign-in log and the scenarios' owner ---

def test_migration_versions_are_unique_and_ascending():
    versions = [m.version for m in migrations.MIGRATIONS]
    assert versions == sorted(set(versions))
    assert {3: "sign_in_log", 4: "scenario_owner"}.items() <= {m.version: m.name for m in migrations.MIGRATIONS}.items()


def test_a_version_that_arrives_later_is_applied_to_a_store_that_has_the_later_ones(monkeypatch):
    """Versions 3 and 4 ship before 2 (the revisions, another branch): a store migrated without 2 gets it
    once the code has it, and keeps everything else."""
    # the versions that shipped before 2 (5, the revisions' kind, alters the revisions table: it came after 2)
    without_2 = tuple(m for m in migrations.MIGRATIONS if m.version in (1, 3, 4))
    monkeypatch.setattr(migrations, "MIGRATIONS", without_2)
    s = store.save("trước khi có bản 2", LAND, actor=ED)
    late = migrations.Migration(2, "revisions", ("CREATE TABLE late_two (id VARCHAR PRIMARY KEY)",))
    monkeypatch.setattr(migrations, "MIGRATIONS", (without_2[0], late, *without_2[1:]))
    restarted = _start()
    try:
        assert restarted.migrate() == [2]
        assert [v for v, _, _ in _recorded(restarted)] == sorted([m.version for m in without_2] + [2])
        with restarted.transaction(read_only=True) as tx:
            assert tx.execute("SELECT count(*) FROM late_two") == [(0,)]
    finally:
        restarted.close()
    assert store.get(s.id).owner == ED.owner


def test_scenarios_saved_before_owners_have_none_and_only_editors_change_them(monkeypatch):
    """Migration 4 on a store with scenarios: they get a NULL owner; a viewer may not touch them."""
    up_to_3 = tuple(m for m in migrations.MIGRATIONS if m.version < 4)
    with monkeypatch.context() as older_code:
        older_code.setattr(migrations, "MIGRATIONS", up_to_3)
        now = datetime.now(timezone.utc)
        with backends.current().transaction() as tx:
            assert "owner" not in {r[0] for r in tx.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'scenarios'")}
            tx.execute('INSERT INTO scenarios (id, name, note, "values", data_version, link_version, created_at, '
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ["old", "cũ", "", "{}", "v0", "1", now, now])
    backends.reset()  # a restart of the newer code: migration 4 runs
    old = store.get("old")
    assert old.owner is None
    viewer = store.Actor.for_session("phiên-1")
    assert not store.may_change(old, viewer) and store.may_change(old, ED)
    for call in (lambda: store.update("old", LAND, actor=viewer), lambda: store.rename("old", "x", actor=viewer),
                 lambda: store.delete("old", actor=viewer)):
        with pytest.raises(store.StoreError) as err:
            call()
        assert err.value.code == "forbidden"
    store.rename("old", "đã nhận", actor=ED)
    assert store.get("old").name == "đã nhận"


def test_a_scenario_belongs_to_whoever_saved_it():
    alice, bob = store.Actor.for_session("a" * 22), store.Actor.for_session("b" * 22)
    s = store.save("của Alice", LAND, actor=alice)
    assert s.owner == "session:" + "a" * 22
    for call in (lambda: store.update(s.id, {}, actor=bob), lambda: store.rename(s.id, "của Bob", actor=bob),
                 lambda: store.delete(s.id, actor=bob)):
        with pytest.raises(store.StoreError) as err:
            call()
        assert err.value.code == "forbidden"
    after = store.get(s.id)
    assert (after.name, after.values) == ("của Alice", pytest.approx(LAND))  # nothing changed
    copy = store.duplicate(s.id, "bản của Bob", actor=bob)  # anyone may copy; the copy is Bob's
    assert copy.owner == bob.owner
    store.update(s.id, {"pci_land": 7.08}, actor=alice)
    store.rename(s.id, "Alice 2", actor=alice)
    store.rename(copy.id, "Bob 2", actor=ED)  # an editor may change anyone's
    store.delete(s.id, actor=ED)
    assert [x.name for x in store.list_all()] == ["Bob 2"]


def test_limits_per_session_and_in_all(monkeypatch):
    monkeypatch.setenv("REFORM_SCENARIOS_PER_OWNER", "2")
    monkeypatch.setenv("REFORM_SCENARIOS_TOTAL", "4")
    one, two = store.Actor.for_session("one"), store.Actor.for_session("two")
    store.save("1a", {}, actor=one)
    store.save("1b", {}, actor=one)
    with pytest.raises(store.StoreError) as err:
        store.save("1c", {}, actor=one)
    assert (err.value.code, err.value.detail) == ("owner_limit", "2")
    with pytest.raises(store.StoreError) as err:
        store.duplicate(store.list_all()[0].id, "1d", actor=one)  # a copy counts too
    assert err.value.code == "owner_limit"
    store.save("2a", {}, actor=two)
    store.save("ed", {}, actor=ED)  # an editor has no limit of their own, but counts in all: 4 now
    with pytest.raises(store.StoreError) as err:
        store.save("2b", {}, actor=two)
    assert (err.value.code, err.value.detail) == ("total_limit", "4")
    with pytest.raises(store.StoreError) as err:
        store.save("ed2", {}, actor=ED)
    assert err.value.code == "total_limit"
    store.delete(store.list_all()[-1].id, actor=ED)
    store.save("2b", {}, actor=two)  # a place is free again
    assert store.count() == 4 and store.count(two.owner) == 2


def test_the_last_place_is_taken_once_when_saves_race(monkeypatch):
    monkeypatch.setenv("REFORM_SCENARIOS_PER_OWNER", "3")
    store.list_all()
    actor = store.Actor.for_session("vội")
    monkeypatch.setattr(raw_store, "_before_commit", lambda: time.sleep(0.1))
    outcomes = _at_once([lambda i=i: store.save(f"đua {i}", {}, actor=actor) for i in range(6)])
    assert outcomes == ["ok"] * 3 + ["owner_limit"] * 3
    assert store.count(actor.owner) == 3


# --- the sign-in log ---

def test_sign_in_log_counts_failures_per_user_and_per_client():
    from datetime import timedelta

    from reform.store import sign_in_log

    t0 = datetime(2026, 11, 27, 8, 0, tzinfo=timezone.utc)
    for i in range(3):
        sign_in_log.record("minh", "10.0.0.1", "failed", at=t0 + timedelta(minutes=i))
    sign_in_log.record("lan", "10.0.0.1", "failed", at=t0 + timedelta(minutes=3))
    sign_in_log.record("minh", "10.0.0.2", "failed", at=t0 + timedelta(minutes=4))
    sign_in_log.record("minh", "10.0.0.1", "ok", at=t0 + timedelta(minutes=5))
    sign_in_log.record("minh", "10.0.0.1", "locked", at=t0 + timedelta(minutes=6))
    assert sign_in_log.failures_since(t0, user_name="minh") == 4
    assert sign_in_log.failures_since(t0, client="10.0.0.1") == 4
    assert sign_in_log.failures_since(t0 + timedelta(minutes=2), user_name="minh") == 2
    assert sign_in_log.failures_since(t0, user_name="minh", client="10.0.0.2") == 1
    assert sign_in_log.failures_since(t0 + timedelta(minutes=7), user_name="minh") == 0
    latest = sign_in_log.recent(2)
    assert [(e.user_name, e.outcome) for e in latest] == [("minh", "locked"), ("minh", "ok")]
    with pytest.raises(ValueError):
        sign_in_log.record("minh", "x", "maybe")


def test_sign_in_log_is_shared_by_processes(state_dir):
    """A failure recorded by another process counts here (the limit holds across replicas)."""
    from datetime import timedelta

    from reform.store import sign_in_log

    code = textwrap.dedent("""
        from reform.store import sign_in_log
        for _ in range(2):
            sign_in_log.record("minh", "10.0.0.9", "failed")
    """)
    env = {**os.environ, "REFORM_STATE_DIR": str(state_dir)}
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, timeout=120).returncode == 0
    since = datetime.now(timezone.utc) - timedelta(minutes=15)
    assert sign_in_log.failures_since(since, user_name="minh") == 2
