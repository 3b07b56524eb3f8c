"""Start the dashboard on a free local port (for the browser tests and the benchmark): one replica
(:func:`start`), several (:func:`start_replicas`), and nginx in front of them with the README's
configuration, ``deploy/nginx-site.conf`` (:func:`start_nginx`)."""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path

from reform.paths import ROOT

#: The nginx configuration operators copy (README, "Hosting"); :func:`start_nginx` runs this file.
NGINX_SITE = ROOT / "deploy" / "nginx-site.conf"
NGINX = os.environ.get("NGINX", "/usr/sbin/nginx")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _spawn(port: int, args: Sequence[str], env: Mapping[str, str] | None, log=None,
           script: str = "app.py") -> subprocess.Popen:
    out = open(log, "ab") if log is not None else subprocess.DEVNULL  # noqa: SIM115 (the child keeps it)
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port),
             "--server.headless", "true", "--server.address", "127.0.0.1", *args],
            cwd=ROOT, stdout=out, stderr=subprocess.STDOUT if log is not None else subprocess.DEVNULL,
            env=None if env is None else dict(env))
    finally:
        if log is not None:
            out.close()  # the child has its own copy


def _wait_healthy(proc: subprocess.Popen, url: str, deadline: float, timeout: float) -> None:
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the dashboard exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.read().decode().strip() == "ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the dashboard did not answer on {url} within {timeout:.0f} s")


def start(port: int | None = None, timeout: float = 60, *, args: list[str] | tuple[str, ...] = (),
          env: dict[str, str] | None = None, log: Path | None = None,
          script: str = "app.py") -> tuple[subprocess.Popen, str]:
    """Run `streamlit run app.py` and wait for its health endpoint; return (process, base URL).

    ``args``: more options for ``streamlit run`` (e.g. ``--secrets.files FILE``); ``env``: the
    server's environment (default: this process's); ``log``: a file that receives the server's output
    (appended; default: discarded); ``script``: another script to serve with the dashboard's settings
    (a path from the repository's folder, e.g. the benchmark's ``bench/floor_app.py``)."""
    port = port or free_port()
    proc = _spawn(port, args, env, log, script)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(proc, url, time.time() + timeout, timeout)
    except RuntimeError:
        stop(proc)
        raise
    return proc, url


def start_replicas(count: int, *, args: Sequence[str] = (),
                   env: Mapping[str, str] | Sequence[Mapping[str, str]] | None = None,
                   timeout: float = 90) -> list[tuple[subprocess.Popen, str]]:
    """Start ``count`` replicas of the dashboard at once, each on a free port of 127.0.0.1, and wait until
    every one answers its health check; return [(process, base URL), …] in order.

    ``args``: more options for every ``streamlit run``; ``env``: one environment for all (a mapping), or
    one per replica (a sequence of ``count`` mappings, e.g. each with its own ``REFORM_STATE_DIR``); the
    replicas share state only through what the environment names, e.g. ``REFORM_DATABASE_URL``.
    If one fails to start, all are stopped and RuntimeError says which. Stop them with :func:`stop`
    (or :func:`stop_replicas`)."""
    envs = [env] * count if env is None or isinstance(env, Mapping) else list(env)
    if len(envs) != count:
        raise ValueError(f"{len(envs)} environments for {count} replicas")
    started: list[tuple[subprocess.Popen, str]] = []
    try:
        for e in envs:
            port = free_port()
            started.append((_spawn(port, args, e), f"http://127.0.0.1:{port}"))
        deadline = time.time() + timeout
        for i, (proc, url) in enumerate(started):
            try:
                _wait_healthy(proc, url, deadline, timeout)
            except RuntimeError as exc:
                raise RuntimeError(f"replica {i + 1} of {count}: {exc}") from None
    except BaseException:
        stop_replicas(started)
        raise
    return started


def stop_replicas(replicas: Sequence[tuple[subprocess.Popen, str]]) -> None:
    """Stop every replica started by :func:`start_replicas` (one already stopped is left as it is)."""
    for proc, _url in replicas:
        stop(proc)


def nginx_site(upstreams: Sequence[str], listen: str, site: Path = NGINX_SITE) -> str:
    """The text of ``site`` (the README's nginx file) with only its upstream's ``server`` lines replaced by
    ``upstreams`` ("host:port" each, with the parameters of the file's first server line, e.g.
    ``max_fails=0``) and its ``listen`` line by ``listen``; ValueError where the file does not have exactly
    one upstream block and one listen line to replace."""
    text = site.read_text(encoding="utf-8")
    blocks = list(re.finditer(r"(?ms)^upstream\s+\S+\s*\{.*?^\}", text))
    listens = re.findall(r"(?m)^\s*listen\s[^;]*;", text)
    if len(blocks) != 1 or len(listens) != 1:
        raise ValueError(f"{site}: expected one upstream block and one listen line, found "
                         f"{len(blocks)} and {len(listens)}")
    if not upstreams:
        raise ValueError("no upstream address")
    block = blocks[0]
    first = re.search(r"(?m)^\s*server\s+[^\s;]+([^;]*);", block.group(0))
    params = first.group(1).rstrip() if first else ""
    lines = [ln for ln in block.group(0).splitlines() if not re.match(r"\s*server\s", ln)]
    indent = "    "
    servers = [f"{indent}server {u}{params};" for u in upstreams]
    new_block = "\n".join(lines[:-1] + servers + lines[-1:])
    text = text[:block.start()] + new_block + text[block.end():]
    return re.sub(r"(?m)^(\s*)listen\s[^;]*;", lambda m: f"{m.group(1)}listen {listen};", text)


#: The access log's format (the wrapper's, not the site file's): which replica answered each request
#: and the sticky key it was hashed by, for tests and the benchmark.
NGINX_LOG_FORMAT = '$msec $status "$request" upstream=$upstream_addr sticky=$reform_sticky'


def start_nginx(upstreams: Sequence[str], port: int | None = None, timeout: float = 20, *,
                site: Path = NGINX_SITE) -> tuple[subprocess.Popen, str, Path]:
    """Run Debian's nginx with the README's configuration in front of ``upstreams``; return (process,
    base URL, folder).

    ``upstreams``: the replicas' "host:port" (e.g. ``[u.removeprefix("http://") for _p, u in
    start_replicas(2)]``); ``port``: where nginx listens on 127.0.0.1 (default: a free port). The site file
    is used as it is but for its upstream addresses and its listen line (:func:`nginx_site`); a wrapper
    ``nginx.conf`` in a new temporary folder (the returned one) includes it and keeps the pid file, the
    logs (``error.log``; ``access.log`` in :data:`NGINX_LOG_FORMAT`) and nginx's temporary files there, so
    nothing of the machine's own nginx (``/etc/nginx``, a service started by the package) is used or
    touched. nginx runs in the foreground (``-g 'daemon off;'``) as a child of this process, one worker.
    Returns once nginx itself answers HTTP on its port (without asking a replica: they may not be up yet). Stickiness is
    the site file's: a client that sends the ``reform_sticky`` cookie back stays on one replica; one that
    keeps no cookies (a load generator speaking the protocol) is hashed anew on every request, so each of
    its WebSocket connections stays on the replica it reached and connections spread over the replicas.
    The access log tells which replica answered each request. Stop it with
    :func:`stop_nginx`. RuntimeError (with the end of its error log) when it does not start; FileNotFoundError
    when nginx is not installed (``NGINX`` names another binary)."""
    if not Path(NGINX).exists():
        raise FileNotFoundError(f"nginx not found at {NGINX} (apt-get install nginx)")
    port = port or free_port()
    root = os.geteuid() == 0
    # as root: under /tmp itself, which the workers (not root) can reach (a TMPDIR of root's may be closed)
    folder = Path(tempfile.mkdtemp(prefix="reform-nginx-", dir="/tmp" if root else None))
    user = ""
    if root:  # the workers drop root: they must reach their temporary folders
        import pwd

        name = next((n for n in ("www-data", "nobody") if _has_user(n)), None)
        if name:
            pw = pwd.getpwnam(name)
            user = f"user {name} {_group_name(pw.pw_gid)};"
            os.chmod(folder, 0o711)
    temps = {}
    for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        temps[kind] = folder / f"{kind}_temp"
        temps[kind].mkdir()
        if user:
            os.chown(temps[kind], pw.pw_uid, pw.pw_gid)
    (folder / "site.conf").write_text(nginx_site(upstreams, f"127.0.0.1:{port}", site), encoding="utf-8")
    conf = folder / "nginx.conf"
    conf.write_text("\n".join([
        "# written by reform/serve.py start_nginx: the site file is deploy/nginx-site.conf",
        user,
        "worker_processes 1;",
        f"pid {folder / 'nginx.pid'};",
        f"error_log {folder / 'error.log'} notice;",
        "events { worker_connections 1024; }",
        "http {",
        f"    log_format reform '{NGINX_LOG_FORMAT}';",
        f"    access_log {folder / 'access.log'} reform;",
        *(f"    {kind}_temp_path {path};" for kind, path in temps.items()),
        f"    include {folder / 'site.conf'};",
        "}",
        ""]), encoding="utf-8")
    proc = subprocess.Popen([NGINX, "-p", str(folder), "-e", str(folder / "error.log"), "-c", str(conf),
                             "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            break
        if _nginx_answers(port):
            return proc, url, folder
        time.sleep(0.1)
    log = (folder / "error.log").read_text(errors="replace")[-1500:] if (folder / "error.log").exists() else ""
    stop_nginx(proc, folder)
    raise RuntimeError(f"nginx did not answer on {url} within {timeout:.0f} s: {log.strip()}")


def _nginx_answers(port: int) -> bool:
    """Whether nginx answers HTTP on ``port``: a request without a Host header, which nginx refuses itself
    (400), so no replica is asked."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
            s.sendall(b"GET / HTTP/1.1\r\n\r\n")
            return s.recv(12).startswith(b"HTTP/1.1 ")
    except OSError:
        return False


def stop_nginx(proc: subprocess.Popen, folder: Path | None = None, *, keep: bool = False) -> None:
    """Stop nginx started by :func:`start_nginx` (a fast shutdown), then remove its folder unless ``keep``."""
    stop(proc)
    if folder is not None and not keep:
        shutil.rmtree(folder, ignore_errors=True)


def _has_user(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def _group_name(gid: int) -> str:
    import grp

    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)


def stop(proc: subprocess.Popen) -> None:
    """Stop a server started by :func:`start`."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
