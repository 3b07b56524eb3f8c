"""Start the dashboard on a free local port (for the browser tests and the benchmark)."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

from reform.paths import ROOT


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(port: int | None = None, timeout: float = 60, *, args: list[str] | tuple[str, ...] = (),
          env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """Run `streamlit run app.py` and wait for its health endpoint; return (process, base URL).

    ``args``: more options for ``streamlit run`` (e.g. ``--secrets.files FILE``); ``env``: the
    server's environment (default: this process's)."""
    port = port or free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.headless", "true", "--server.address", "127.0.0.1", *args],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the dashboard exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.read().decode().strip() == "ok":
                    return proc, url
        except OSError:
            time.sleep(0.3)
    stop(proc)
    raise RuntimeError(f"the dashboard did not answer on {url} within {timeout:.0f} s")


def stop(proc: subprocess.Popen) -> None:
    """Stop a server started by :func:`start`."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
