"""Helpers for the protocol tests: does the server's scenario reflect the key presses a session sent?

The dashboard writes the scenario to the URL at the end of every run that draws sliders
(``reform.ui.state.sync_url``), so the ``page_info_changed`` query string a session last received is the
server's scenario; a press is answered when a run has ended after it and that query string holds every
slider value the session has sent.
"""
from __future__ import annotations

import asyncio
import time
from urllib.parse import parse_qsl

from bench.protocol import FINISHED_OK, Session
from reform.model.params import params


def expected_query(s: Session, prefix: str) -> dict[str, str]:
    """The link values (non-default only) of the session's sliders whose key starts with ``prefix``,
    as the server should write them: a select-slider's labels are the parameter's options in order."""
    spec = params()
    out = {}
    for wkey, slider in s.sliders.items():
        key = wkey.removeprefix("w_")
        if not key.startswith(prefix) or key not in spec:
            continue
        value = spec[key].options()[slider.options.index(slider.value)]
        if value != spec[key].default:
            out[key] = spec[key].to_url(value)
    return out


def server_query(s: Session, prefix: str) -> dict[str, str]:
    return {k: v for k, v in parse_qsl(s.query) if k.startswith(prefix)}


async def wait_answered(s: Session, since: float, prefix: str, timeout: float = 10.0) -> float | None:
    """Seconds until a run that ended after ``since`` left the server's scenario equal to the session's
    sliders; None if that did not happen within ``timeout``."""
    want = expected_query(s, prefix)
    deadline = since + timeout
    while time.perf_counter() < deadline and not s.disconnected:
        done = [t for t, status in s.finishes if t > since and status in FINISHED_OK]
        if done and server_query(s, prefix) == want:
            return max(done) - since
        await asyncio.sleep(0.02)
    return None
