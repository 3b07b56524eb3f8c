"""Editors: who may change the data, how a password is checked, how failed sign-ins are limited.

* Accounts are the ``[editors]`` table of ``.streamlit/secrets.toml``: ``"name" = "<argon2id hash>"``
  (argon2-cffi's defaults, RFC 9106 low-memory profile). The file is not in git; ``python -m reform
  add-editor NAME`` writes a hash into it (:func:`add_to_secrets_file`).
* :func:`check_password` verifies a name and password against those hashes; an unknown name costs the
  same time as a wrong password (a dummy hash is verified), so timing does not tell which names exist.
* Failed sign-ins lock the pair (user name, client) (:func:`locked_out`): ``MAX_FAILURES`` (5) wrong
  passwords for a name from one client within ``WINDOW`` (15 minutes) refuse that name from that client
  until the oldest of them leaves the window. Other clients are not touched: a stranger cannot lock an
  editor out of the editor's own computer, and colleagues behind one NAT address are not locked together
  (only the name they mistyped, on that address).
* A per-name throttle slows guessing from many clients (:func:`throttle_wait`): once a name has
  ``NAME_FAILURES`` (10) failures within ``WINDOW`` from all clients together, a client that has never
  signed in as that name (within ``KNOWN_FOR``, 90 days) gets its password checked only if the name's last
  failure is ``THROTTLE`` (20 s) old; sooner, it is refused unchecked with the seconds to wait. So strangers
  get about one guess per 20 s for a name, however many addresses they use, while the editor's own
  computers (where the name signed in before) are never throttled: a stranger can delay a sign-in from a
  new address, never lock the editor out.
* The log is in the state store (:mod:`reform.store.sign_in_log`), so the limits hold across processes
  and replicas.
* A signed-in session that is idle for :func:`idle_timeout` (``REFORM_EDITOR_IDLE_MINUTES``, default
  30) is signed out (the Streamlit side, :mod:`reform.ui.auth`, keeps the clock).

No Streamlit here: the UI passes in the secrets it read and the request's headers.
"""
from __future__ import annotations

import logging
import os
import re
import tempfile
import tomllib
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from reform.store import sign_in_log

SECTION = "editors"
MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)
NAME_FAILURES = 10
THROTTLE = timedelta(seconds=20)
KNOWN_FOR = timedelta(days=90)
DEFAULT_IDLE_MINUTES = 30
MIN_PASSWORD = 10
#: A user name: lower-case letters, digits, dot, dash, underscore (quoted as a TOML key all the same).
NAME_RE = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")

_hasher = PasswordHasher()
#: Every attempt also goes to the server's log (the sign-in log in the store is the record).
log = logging.getLogger("reform.auth")


def normalise_name(name: str) -> str:
    """A user name as typed, trimmed and lower-cased (names are compared that way)."""
    return str(name or "").strip().lower()


def valid_name(name: str) -> bool:
    return bool(NAME_RE.fullmatch(name))


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (the text stored in the secrets file)."""
    return _hasher.hash(password)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher.hash("not a password of anyone")


def accounts(secrets: Mapping | None) -> dict[str, str]:
    """name -> hash from the ``[editors]`` table of the secrets (missing: no editors)."""
    table = (secrets or {}).get(SECTION) or {}
    try:
        return {normalise_name(k): str(v) for k, v in dict(table).items() if normalise_name(k) and v}
    except (TypeError, ValueError):
        return {}


def check_password(hashes: Mapping[str, str], name: str, password: str) -> bool:
    """True when ``password`` is the password of editor ``name``."""
    stored = hashes.get(normalise_name(name))
    try:
        return _hasher.verify(stored or _dummy_hash(), password or "") and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def idle_timeout() -> timedelta:
    """How long a signed-in session may stay idle (``REFORM_EDITOR_IDLE_MINUTES``, default 30)."""
    try:
        minutes = float(os.environ.get("REFORM_EDITOR_IDLE_MINUTES", DEFAULT_IDLE_MINUTES))
    except ValueError:
        minutes = DEFAULT_IDLE_MINUTES
    return timedelta(minutes=max(minutes, 1))


def client_key(headers: Mapping[str, str] | None, ip_address: str | None) -> str:
    """Who is knocking, for the limit per client.

    A direct connection (Streamlit knows its address) is that address; an ``X-Forwarded-For`` sent
    along with it is ignored, since a client can write any header. A connection from this machine
    (``ip_address`` None: a reverse proxy here, see README "Behind nginx") is the last address in
    ``X-Forwarded-For``: the one our proxy appended, not one the client wrote in front of it. Without
    either: ``"unknown"`` (all such clients share one limit; the limit per user name still holds).
    ``REFORM_TRUST_FORWARDED=1`` uses that last hop whatever the connection's address, for a host whose
    proxy is on another machine (otherwise every client there would share the proxy's address).
    """
    trust = os.environ.get("REFORM_TRUST_FORWARDED") == "1"
    if ip_address and not trust:
        return ip_address
    forwarded = ""
    for k, v in (headers or {}).items():
        if k.lower() == "x-forwarded-for":
            forwarded = v
    hops = [h.strip() for h in str(forwarded).split(",") if h.strip()]
    return hops[-1][:100] if hops else (ip_address or "unknown")


def locked_out(name: str, client: str, now: datetime | None = None) -> bool:
    """True when ``name`` has ``MAX_FAILURES`` failed sign-ins from ``client`` within ``WINDOW``."""
    since = (now or datetime.now(timezone.utc)) - WINDOW
    return sign_in_log.failures_since(since, user_name=normalise_name(name), client=client) >= MAX_FAILURES


def throttle_wait(name: str, client: str, now: datetime | None = None) -> float:
    """Seconds ``client`` must wait before a password for ``name`` is checked (0: not throttled).

    Only while ``name`` has ``NAME_FAILURES`` failures within ``WINDOW`` (all clients together), and only
    for a client from which ``name`` has not signed in within ``KNOWN_FOR``: then until the name's last
    failure is ``THROTTLE`` old."""
    now = now or datetime.now(timezone.utc)
    user = normalise_name(name)
    if sign_in_log.failures_since(now - WINDOW, user_name=user) < NAME_FAILURES:
        return 0.0
    if sign_in_log.count_since(now - KNOWN_FOR, "ok", user_name=user, client=client):
        return 0.0  # a computer the editor signed in from: a stranger cannot slow it down
    last = sign_in_log.last_at("failed", user_name=user)
    return 0.0 if last is None else max(0.0, (last + THROTTLE - now).total_seconds())


def attempt(hashes: Mapping[str, str], name: str, password: str, client: str,
            now: datetime | None = None) -> str:
    """One sign-in attempt, logged: ``"ok"``, ``"failed"``, ``"locked"`` (the pair of name and client is
    locked) or ``"throttled"`` (the name's throttle, :func:`throttle_wait`). Locked and throttled attempts
    are refused without checking the password, so a locked name cannot be guessed even with the right
    password, and neither counts as a failure."""
    user = normalise_name(name)
    if locked_out(user, client, now):
        outcome = "locked"
    elif throttle_wait(user, client, now) > 0:
        outcome = "throttled"
    else:
        outcome = "ok" if check_password(hashes, user, password) else "failed"
    sign_in_log.record(user, client, outcome, at=now)
    (log.info if outcome == "ok" else log.warning)("sign-in %s: user %r from %s", outcome, user[:80], client)
    return outcome


# --- the secrets file ------------------------------------------------------------------------

class SecretsFileError(Exception):
    """The secrets file cannot be read or written as asked."""


_HEADER = re.compile(r"^\s*\[\s*" + SECTION + r"\s*\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")


def _key_of(line: str) -> str | None:
    m = re.match(r'^\s*(?:"([^"\\]*)"|([A-Za-z0-9_-]+))\s*=', line)
    return (m.group(1) or m.group(2)) if m else None


def with_editor(text: str, name: str, hashed: str) -> str:
    """``text`` (a secrets.toml) with ``name = hashed`` set in its ``[editors]`` table: the line of an
    existing ``name`` replaced, else added at the end of the table (the table made at the end of the
    file if missing). Every other line is kept as it was, comments included."""
    if not valid_name(name):
        raise SecretsFileError(f"invalid editor name {name!r}: 2-40 of a-z 0-9 . _ - , starting with a letter or digit")
    if not hashed.startswith("$argon2") or '"' in hashed or "\\" in hashed:
        raise SecretsFileError("not an argon2 hash")
    entry = f'"{name}" = "{hashed}"'
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if _HEADER.match(line)), None)
    if start is None:
        out = lines + ([""] if lines and lines[-1].strip() else []) + [f"[{SECTION}]", entry]
    else:
        end = next((i for i in range(start + 1, len(lines)) if _ANY_HEADER.match(lines[i])), len(lines))
        found = next((i for i in range(start + 1, end) if _key_of(lines[i]) == name), None)
        out = list(lines)
        if found is not None:
            out[found] = entry
        else:
            last = max([i for i in range(start, end) if out[i].strip()], default=start)
            out.insert(last + 1, entry)
    result = "\n".join(out) + "\n"
    try:
        parsed = tomllib.loads(result)
    except tomllib.TOMLDecodeError as exc:
        raise SecretsFileError(f"the file would not be valid TOML: {exc}") from exc
    if parsed.get(SECTION, {}).get(name) != hashed:
        raise SecretsFileError(f"[{SECTION}] could not be updated (is it an inline table or defined twice?)")
    return result


def add_to_secrets_file(path: Path, name: str, password: str) -> None:
    """Hash ``password`` and set it for ``name`` in the secrets file at ``path`` (made if missing, with
    its folder), keeping the rest of the file; written atomically (a temporary file beside it, then
    renamed over it) with mode 0600."""
    name = normalise_name(name)
    if len(password) < MIN_PASSWORD:
        raise SecretsFileError(f"the password must have at least {MIN_PASSWORD} characters")
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise SecretsFileError(f"cannot read {path}: {exc}") from exc
    if text.strip():
        try:
            tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise SecretsFileError(f"{path} is not valid TOML, left as it is: {exc}") from exc
    result = with_editor(text, name, hash_password(password))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".secrets-", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(result)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    os.chmod(path, 0o600)
