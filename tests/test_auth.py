"""Editors' sign-in (issue 9, items 1-2; issue 16, item 7): the data-updates page, the lock of a (name, client)
pair after failed sign-ins and the per-name throttle, idle expiry, the server-side check, the sign-in log and
``python -m reform add-editor``.

Secrets: AppTest's ``at.secrets`` replaces ``st.secrets`` for the run (Streamlit then reads no secrets
file at all), so each test gives its own ``[editors]`` table and no file is written into the checkout
or the home folder. The state store is a DuckDB file in a temporary folder; the rules of the limits (no
Streamlit) run on both backends (``ON_BOTH``: DuckDB and a throwaway PostgreSQL).
"""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import tomllib
from datetime import datetime, timedelta, timezone

import pytest
from streamlit.testing.v1 import AppTest

from apptest_util import TIMEOUT
from state_util import BACKENDS, fresh_state
from reform.model import editors
from reform.paths import ROOT
from reform.store import sign_in_log
from reform.ui import auth

PASSWORD = "đúng-mật-khẩu-2026"
HASH = editors.hash_password(PASSWORD)
WRONG_LOGIN = "Sai tên đăng nhập hoặc mật khẩu."
LOCKED = "tạm khóa"


@pytest.fixture(autouse=True, params=["duckdb"])
def backend(request, tmp_path, monkeypatch):
    with fresh_state(request, monkeypatch, tmp_path / "scenarios", request.param, forget_data=False) as folder:
        yield folder


#: A test of the rules that runs on both store backends.
ON_BOTH = pytest.mark.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def clock(monkeypatch):
    """The sign-in clock, moved by hand: ``clock.now += timedelta(...)``."""
    class Clock:
        now = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)

    monkeypatch.setattr(auth, "_now", lambda: Clock.now)
    return Clock


def open_updates(accounts: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.secrets["editors"] = {"minh": HASH} if accounts is None else accounts
    at.run()
    at.switch_page("pages/data_updates.py").run()
    assert not at.exception, at.exception
    return at


def sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input(key="sign_in_name").input(name)
    at.text_input(key="sign_in_password").input(password)
    at.button(key="FormSubmitter:sign_in_form-Đăng nhập").click().run()
    assert not at.exception, at.exception
    return at


def errors(at: AppTest) -> str:
    return " ".join(e.value for e in at.error)


def test_the_page_is_in_the_navigation_and_offers_only_the_sign_in():
    at = open_updates()
    assert at.title[0].value == "Cập nhật số liệu"
    assert len(at.file_uploader) == 0
    assert at.text_input(key="sign_in_password").proto.type == at.text_input(key="sign_in_password").proto.PASSWORD
    assert not any(b.key == "sign_out" for b in at.button)


def test_without_any_editor_account_the_page_says_so():
    at = open_updates(accounts={})  # an empty [editors] table
    assert len(at.file_uploader) == 0 and not at.text_input
    assert "Chưa có tài khoản biên tập viên" in " ".join(i.value for i in at.info)


def test_sign_in_shows_the_upload_and_sign_out_hides_it(clock):
    at = sign_in(open_updates(), "Minh ", PASSWORD)  # the name as typed: trimmed, lower-cased
    assert len(at.file_uploader) == 1
    assert "Đang đăng nhập: minh" in " ".join(c.value for c in at.caption)
    at.file_uploader[0].set_value(("ket-qua-2025.csv", b"indicator_id,year,value\npci,2025,70\n", "text/csv"))
    at.run()
    assert "chưa có số liệu nào được nhập" in errors(at)  # no source column: refused, nothing imported
    clock.now += timedelta(minutes=1)
    at.button(key="sign_out").click().run()
    assert len(at.file_uploader) == 0
    assert [(e.user_name, e.outcome) for e in sign_in_log.recent()] == [("minh", "sign_out"), ("minh", "ok")]


def test_six_wrong_passwords_lock_the_user_out_until_the_window_passes(clock):
    at = open_updates()
    for i in range(5):
        sign_in(at, "minh", f"sai-{i}")
        assert WRONG_LOGIN in errors(at) and LOCKED not in errors(at)
        clock.now += timedelta(seconds=30)
    sign_in(at, "minh", "sai-5")  # the sixth
    assert LOCKED in errors(at)
    sign_in(at, "minh", PASSWORD)  # the right password does not open a locked account
    assert LOCKED in errors(at) and len(at.file_uploader) == 0
    # failures at 9:00:00, 9:00:30, 9:01:00, 9:01:30, 9:02:00; the window is the last 15 minutes, ends
    # included: at 9:15:00 all five are in it (locked), at 9:15:01 the first has left it (four: open)
    clock.now = datetime(2026, 11, 27, 9, 15, 0, tzinfo=timezone.utc)
    sign_in(at, "minh", PASSWORD)
    assert LOCKED in errors(at) and len(at.file_uploader) == 0
    clock.now = datetime(2026, 11, 27, 9, 15, 1, tzinfo=timezone.utc)
    sign_in(at, "minh", PASSWORD)
    assert len(at.file_uploader) == 1
    outcomes = [e.outcome for e in reversed(sign_in_log.recent())]
    assert outcomes == ["failed"] * 5 + ["locked"] * 3 + ["ok"]


@ON_BOTH
def test_five_wrong_passwords_from_one_client_do_not_lock_the_editor_out_on_another_client(clock):
    """The pair (name, client) is locked, not the name (a stranger locked any editor out) nor the client (an
    office behind one NAT address was locked together)."""
    start = clock.now
    stranger, editor = "203.0.113.7", "198.51.100.2"
    for i in range(editors.MAX_FAILURES):
        at = start + timedelta(seconds=i)
        assert editors.attempt({"minh": HASH}, "minh", f"sai-{i}", stranger, now=at) == "failed"
    later = start + timedelta(minutes=1)
    assert editors.attempt({"minh": HASH}, "minh", PASSWORD, stranger, now=later) == "locked"  # right password too
    assert editors.attempt({"minh": HASH}, "minh", PASSWORD, editor, now=later) == "ok"
    # the stranger's address is not locked for another name (colleagues behind the same NAT)
    assert editors.attempt({"minh": HASH, "lan": HASH}, "lan", PASSWORD, stranger, now=later) == "ok"
    assert editors.attempt({"minh": HASH}, "Minh ", PASSWORD, stranger, now=later) == "locked"  # names normalised
    # the pair opens when the oldest failure leaves the window
    reopened = start + editors.WINDOW + timedelta(seconds=1)
    assert editors.attempt({"minh": HASH}, "minh", PASSWORD, stranger, now=reopened) == "ok"


@ON_BOTH
def test_failures_from_many_clients_lock_none_of_them_for_the_editor(clock):
    """Four failures from each of many addresses (under every pair's limit): the name is throttled for strangers,
    never locked for the editor's own computer."""
    start = clock.now
    assert editors.attempt({"minh": HASH}, "minh", PASSWORD, "office", now=start - timedelta(days=30)) == "ok"
    t = start
    for c in range(20):
        for i in range(editors.MAX_FAILURES - 1):
            t += timedelta(seconds=1)
            assert editors.attempt({"minh": HASH}, "minh", "sai", f"10.0.{c}.1", now=t) in ("failed", "throttled")
    assert editors.throttle_wait("minh", "office", now=t) == 0
    assert editors.attempt({"minh": HASH}, "minh", PASSWORD, "office", now=t) == "ok"


@ON_BOTH
def test_the_name_throttle_slows_guessing_from_many_clients(clock):
    """Once the name has NAME_FAILURES failures in the window, a client that never signed in as it gets one
    checked attempt per THROTTLE (the name's last failure that old), whatever its address; refused attempts
    are not failures and do not extend the wait."""
    start = clock.now
    hashes = {"minh": HASH}
    for i in range(editors.NAME_FAILURES):  # two addresses, five each: the throttle starts
        assert editors.attempt(hashes, "minh", "sai", f"10.0.0.{i % 2}", now=start + timedelta(seconds=i)) == "failed"
    last = start + timedelta(seconds=editors.NAME_FAILURES - 1)
    soon = last + timedelta(seconds=5)
    assert editors.throttle_wait("minh", "172.16.0.9", now=soon) == pytest.approx(15)
    assert editors.attempt(hashes, "minh", PASSWORD, "172.16.0.9", now=soon) == "throttled"  # unchecked
    assert editors.throttle_wait("minh", "172.16.0.9", now=soon) == pytest.approx(15)  # not extended
    assert editors.attempt(hashes, "minh", PASSWORD, "172.16.0.9", now=last + editors.THROTTLE) == "ok"
    assert editors.throttle_wait("lan", "172.16.0.9", now=soon) == 0  # another name: no throttle

    # an attacker with 300 addresses, each trying once a second for five minutes (1,500 tries): checked about
    # once per THROTTLE, far fewer than the 5 x 300 the pair limit alone would allow
    t0 = last + editors.THROTTLE + timedelta(seconds=1)
    checked = 0
    for s in range(300):
        address = f"198.18.{s // 250}.{s % 250}"
        outcome = editors.attempt(hashes, "minh", f"đoán-{s}", address, now=t0 + timedelta(seconds=s))
        checked += outcome == "failed"
        assert outcome in ("failed", "throttled")
    assert checked <= 300 // editors.THROTTLE.total_seconds() + 1, checked


@ON_BOTH
def test_the_log_answers_the_limits_questions(clock):
    t0 = clock.now
    sign_in_log.record("minh", "a", "failed", at=t0)
    sign_in_log.record("minh", "b", "failed", at=t0 + timedelta(seconds=30))
    sign_in_log.record("minh", "b", "throttled", at=t0 + timedelta(seconds=40))
    sign_in_log.record("minh", "a", "ok", at=t0 + timedelta(seconds=50))
    assert sign_in_log.last_at("failed", user_name="minh") == t0 + timedelta(seconds=30)
    assert sign_in_log.last_at("failed", user_name="minh", client="a") == t0
    assert sign_in_log.last_at("failed", user_name="lan") is None
    assert sign_in_log.count_since(t0, "ok", user_name="minh", client="a") == 1
    assert sign_in_log.count_since(t0 + timedelta(seconds=1), "failed", user_name="minh") == 1
    assert sign_in_log.failures_since(t0, user_name="minh", client="b") == 1
    with pytest.raises(ValueError):
        sign_in_log.count_since(t0, "maybe")


def test_a_throttled_sign_in_says_how_long_to_wait(clock):
    for i in range(editors.NAME_FAILURES):  # failures for "minh" from other addresses, just now
        sign_in_log.record("minh", f"10.0.0.{i}", "failed", at=clock.now - timedelta(seconds=2))
    at = sign_in(open_updates(), "minh", PASSWORD)
    assert "Hãy thử lại sau 18 giây" in errors(at) and len(at.file_uploader) == 0
    clock.now += editors.THROTTLE
    sign_in(at, "minh", PASSWORD)
    assert len(at.file_uploader) == 1
    assert [e.outcome for e in sign_in_log.recent(2)] == ["ok", "throttled"]


def test_an_idle_session_expires(clock, monkeypatch):
    at = sign_in(open_updates(), "minh", PASSWORD)
    clock.now += timedelta(minutes=29)  # activity within the timeout keeps the session
    at.run()
    assert len(at.file_uploader) == 1
    clock.now += timedelta(minutes=30, seconds=1)  # then 30 minutes and a second without a run
    at.run()
    assert len(at.file_uploader) == 0
    assert "hết hạn" in " ".join(w.value for w in at.warning)
    assert sign_in_log.recent(1)[0].outcome == "expired"
    monkeypatch.setenv("REFORM_EDITOR_IDLE_MINUTES", "5")  # a setting
    sign_in(at, "minh", PASSWORD)
    clock.now += timedelta(minutes=5, seconds=1)
    at.run()
    assert len(at.file_uploader) == 0


def test_require_editor_stops_a_run_that_would_write():
    """The server-side check, as a page or a callback calls it before a write."""
    def script():
        import streamlit as st

        from reform.ui import auth

        auth.require_editor()
        st.write("ĐÃ GHI")

    at = AppTest.from_function(script, default_timeout=TIMEOUT)
    at.secrets["editors"] = {"minh": HASH}
    at.run()
    assert "ĐÃ GHI" not in [m.value for m in at.markdown]
    assert "dành cho biên tập viên đã đăng nhập" in errors(at)
    at.session_state["auth_editor"] = "minh"  # signed in, and active just now
    at.session_state["auth_last_seen"] = datetime.now(timezone.utc).timestamp()
    at.run()
    assert "ĐÃ GHI" in [m.value for m in at.markdown]
    at.secrets["editors"] = {"lan": HASH}  # the account removed from the secrets: signed out
    at.run()
    assert "ĐÃ GHI" not in [m.value for m in at.markdown]


# --- the rules without Streamlit ---

def test_passwords_are_checked_against_argon2_hashes():
    assert HASH.startswith("$argon2id$") and PASSWORD not in HASH
    hashes = editors.accounts({"editors": {"Minh": HASH, "lan": "not a hash"}})
    assert editors.check_password(hashes, "minh", PASSWORD)
    assert not editors.check_password(hashes, "minh", PASSWORD + "x")
    assert not editors.check_password(hashes, "lan", "not a hash")  # a broken entry never matches
    assert not editors.check_password(hashes, "nobody", PASSWORD)
    assert editors.accounts(None) == {} and editors.accounts({"other": {}}) == {}


@pytest.mark.parametrize("headers, ip, expected", [
    ({}, "203.0.113.7", "203.0.113.7"),
    ({"X-Forwarded-For": "10.9.9.9"}, "203.0.113.7", "203.0.113.7"),  # a direct client cannot pick its key
    ({"X-Forwarded-For": "10.9.9.9, 203.0.113.7"}, None, "203.0.113.7"),  # our proxy's hop, not the client's
    ({"x-forwarded-for": "198.51.100.2"}, None, "198.51.100.2"),
    ({}, None, "unknown"),
])
def test_the_client_key(headers, ip, expected):
    assert editors.client_key(headers, ip) == expected


def test_a_proxy_on_another_machine_can_be_trusted(monkeypatch):
    monkeypatch.setenv("REFORM_TRUST_FORWARDED", "1")
    assert editors.client_key({"X-Forwarded-For": "10.9.9.9, 203.0.113.7"}, "172.16.0.1") == "203.0.113.7"
    assert editors.client_key({}, "172.16.0.1") == "172.16.0.1"


# --- python -m reform add-editor ---

def _add_editor(secrets, name, password, *extra):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "reform", "add-editor", name, "--password-stdin", "--secrets",
                           str(secrets), *extra], input=password + "\n", capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)


def test_add_editor_writes_a_hash_keeping_the_rest(tmp_path):
    secrets = tmp_path / "conf" / "secrets.toml"
    r = _add_editor(secrets, "minh", PASSWORD)
    assert r.returncode == 0, r.stderr
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
    secrets.write_text('# kept\ntop = "x"\n[auth]\nredirect_uri = "https://e/oauth2callback"\n\n'
                       + secrets.read_text(encoding="utf-8") + '\n[other]\nb = 2\n', encoding="utf-8")
    assert _add_editor(secrets, "lan", "mật-khẩu-thứ-hai").returncode == 0
    assert _add_editor(secrets, "Minh", "mật-khẩu-mới-2027").returncode == 0  # replaced, not added twice
    text = secrets.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    assert text.startswith("# kept\n") and data["top"] == "x" and data["other"] == {"b": 2}
    assert data["auth"]["redirect_uri"] == "https://e/oauth2callback"
    assert sorted(data["editors"]) == ["lan", "minh"] and text.count('"minh"') == 1
    assert PASSWORD not in text and "mật-khẩu-mới-2027" not in text
    assert editors.check_password(data["editors"], "minh", "mật-khẩu-mới-2027")
    assert not editors.check_password(data["editors"], "minh", PASSWORD)
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600


def test_add_editor_refuses_bad_input_and_writes_nothing(tmp_path):
    secrets = tmp_path / "secrets.toml"
    assert _add_editor(secrets, "minh", "ngắn").returncode != 0  # under 10 characters
    assert _add_editor(secrets, 'x"] = 1 #', PASSWORD).returncode != 0
    assert not secrets.exists()
    secrets.write_text("not = [valid toml\n", encoding="utf-8")
    assert _add_editor(secrets, "minh", PASSWORD).returncode != 0
    assert secrets.read_text(encoding="utf-8") == "not = [valid toml\n"


def test_the_secrets_file_is_ignored_by_git():
    r = subprocess.run(["git", "check-ignore", "-q", ".streamlit/secrets.toml"], cwd=ROOT)
    assert r.returncode == 0
