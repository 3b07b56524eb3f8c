"""Named scenarios: save, load, rename, duplicate, delete; concurrent and interrupted saves lose nothing."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from reform.model import saved as store
from reform.paths import ROOT
from reform.store import scenarios as raw_store


@pytest.fixture(autouse=True)
def state_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("REFORM_STATE_DIR", str(tmp_path / "scenarios"))
    monkeypatch.setattr(raw_store, "_before_commit", None)
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
